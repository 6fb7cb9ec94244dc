using Microsoft.Playwright;

namespace SocialWorkStation.BrowserTests.Pages;

/// <summary>待归档: the archivist's list of handed-over record sets and one hand-off with its files.</summary>
public sealed class ArchiveHandOffPages(IPage page)
{
    public ILocator ListHeading => page.GetByRole(AriaRole.Heading, new() { Name = "待归档", Level = 1 });
    public ILocator List => page.GetByRole(AriaRole.Region, new() { Name = "待归档列表" });
    public ILocator Files => page.GetByTestId("handoff-files");

    public ILocator RowOf(string title) => List.GetByRole(AriaRole.Row).Filter(new() { HasText = title });
    public ILocator Heading(string title) => page.GetByRole(AriaRole.Heading, new() { Name = title, Level = 1 });

    public async Task OpenListAsync()
    {
        await page.GotoAsync("/archives/handoffs");
        await LoginPage.WaitForInteractiveAsync(page);
    }

    public Task FilterClassAsync(string option) => page.GetByLabel("门类").SelectOptionAsync(new SelectOptionValue { Label = option });
}
