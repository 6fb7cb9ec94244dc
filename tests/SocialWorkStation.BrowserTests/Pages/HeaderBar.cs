using Microsoft.Playwright;

namespace SocialWorkStation.BrowserTests.Pages;

/// <summary>The header every signed-in page shows: station switcher, to-do count, user, sign-out.</summary>
public sealed class HeaderBar(IPage page)
{
    public ILocator StationSwitcher => page.GetByLabel("当前社工站");
    public ILocator CurrentStation => page.GetByTestId("current-station");

    public async Task SwitchStationAsync(string stationName)
    {
        await StationSwitcher.SelectOptionAsync(new SelectOptionValue { Label = stationName });
        await page.WaitForURLAsync("**/");
        await LoginPage.WaitForInteractiveAsync(page);
    }
}
