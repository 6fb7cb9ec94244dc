using Microsoft.Playwright;

namespace SocialWorkStation.BrowserTests.Pages;

/// <summary>月度服务统计: the month picker and the table of stations with its 合计 row.</summary>
public sealed class StatisticsPage(IPage page)
{
    public ILocator Heading => page.GetByRole(AriaRole.Heading, new() { Name = "月度服务统计", Level = 1 });
    public ILocator Table => page.GetByRole(AriaRole.Region, new() { Name = "各社工站月度服务统计" });
    public ILocator TotalsRow => Table.GetByRole(AriaRole.Row).Filter(new() { HasText = "合计" });

    public ILocator RowOf(string stationName) => Table.GetByRole(AriaRole.Row).Filter(new() { HasText = stationName });

    public async Task OpenAsync()
    {
        await page.GotoAsync("/cases/statistics");
        await LoginPage.WaitForInteractiveAsync(page);
    }

    public Task ChooseMonthAsync(string month) => page.GetByLabel("统计月份").FillAsync(month);
}
