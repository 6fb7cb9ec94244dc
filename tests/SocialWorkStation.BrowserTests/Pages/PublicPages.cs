using Microsoft.Playwright;

namespace SocialWorkStation.BrowserTests.Pages;

/// <summary>A station's public home page (站点简介), as a resident opens it from a QR code.</summary>
public sealed class StationHomePage(IPage page)
{
    public async Task GotoAsync(string stationCode) => await page.GotoAsync($"/p/{stationCode}");

    public ILocator Heading(string stationName) => page.GetByRole(AriaRole.Heading, new() { Name = stationName, Level = 1 });

    public async Task OpenServiceAsync(string title) => await page.GetByRole(AriaRole.Link, new() { Name = title }).ClickAsync();

    /// <summary>True when nothing sticks out sideways (no horizontal scrolling on a narrow phone).</summary>
    public async Task<bool> FitsTheScreenWidthAsync() =>
        await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth");
}

/// <summary>The 意见建议 public form: a plain form post, field messages tied to their inputs.</summary>
public sealed class SuggestionFormPage(IPage page)
{
    public ILocator Kind => page.GetByLabel("类别");
    public ILocator Content => page.GetByLabel("内容");
    public ILocator Name => page.GetByLabel("称呼");
    public ILocator Phone => page.GetByLabel("联系电话");
    public ILocator Summary => page.GetByRole(AriaRole.Alert);

    public async Task FillAsync(string? kind, string content, string phone = "")
    {
        if (kind is not null) await Kind.SelectOptionAsync(kind);
        await Content.FillAsync(content);
        await Phone.FillAsync(phone);
    }

    public async Task SubmitAsync() => await page.GetByRole(AriaRole.Button, new() { Name = "提交" }).ClickAsync();

    public ILocator ThankYou => page.GetByRole(AriaRole.Heading, new() { Name = "提交成功" });
}
