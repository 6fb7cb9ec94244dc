using System.Text.RegularExpressions;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using SocialWorkStation.BrowserTests.Pages;
using static Microsoft.Playwright.Assertions;

namespace SocialWorkStation.BrowserTests;

/// <summary>The public area (ADR 010) on a 360 px phone: plain server-rendered pages and form posts, no circuit.</summary>
[Collection(BrowserCollection.Name)]
public sealed class PublicPagesTests(BrowserFixture fx)
{
    private async Task<IPage> PhoneAsync(string stationCode)
    {
        // The fixture's app may not have rendered a page yet: its first render compiles the renderer, which on a busy
        // 2-core machine can outlast the browser's navigation timeout. Warm it up over plain HTTP first.
        using (var warmUp = fx.App.NewClient()) await warmUp.GetAsync($"/p/{stationCode}");

        var context = await fx.Browser.NewContextAsync(new()
        {
            BaseURL = fx.App.BaseAddress.ToString(), Locale = "zh-CN",
            ViewportSize = new() { Width = 360, Height = 740 }, IsMobile = true, HasTouch = true,
        });
        context.SetDefaultTimeout(15_000);
        return await context.NewPageAsync();
    }

    [Fact]
    public async Task A_resident_opens_the_station_page_on_a_phone_and_sends_a_suggestion_without_any_circuit()
    {
        var station = await fx.App.NewStationAsync();
        var page = await PhoneAsync(station.Code);
        var sockets = new List<string>();
        var scripts = new List<string>();
        var cspViolations = new List<string>();
        page.WebSocket += (_, socket) => sockets.Add(socket.Url);
        page.Request += (_, request) => { if (request.ResourceType == "script" || request.Url.Contains("/_blazor")) scripts.Add(request.Url); };
        page.Console += (_, message) => { if (message.Text.Contains("Content Security Policy")) cspViolations.Add(message.Text); };

        var home = new StationHomePage(page);
        await home.GotoAsync(station.Code);
        await Expect(home.Heading(station.Name)).ToBeVisibleAsync();
        Assert.True(await home.FitsTheScreenWidthAsync(), "the home page scrolls sideways at 360 px");
        await home.OpenServiceAsync("意见建议");

        var form = new SuggestionFormPage(page);
        await form.FillAsync(kind: null, content: "太短", phone: "123");
        await form.SubmitAsync();
        await Expect(form.Summary).ToContainTextAsync("提交未成功，请按提示修改后重新提交。");
        await Expect(form.Kind).ToHaveAccessibleDescriptionAsync("请选择类别。");
        await Expect(form.Content).ToHaveAccessibleDescriptionAsync(new Regex("内容请写 10 到 500 个字。"));
        await Expect(form.Content).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(form.Phone).ToHaveAccessibleDescriptionAsync(new Regex("请填写正确的手机号码或固定电话"));
        await Expect(form.Content).ToHaveValueAsync("太短"); // what the resident typed is kept
        Assert.True(await home.FitsTheScreenWidthAsync(), "the form with its messages scrolls sideways at 360 px");

        await form.FillAsync("建议", "希望社工站周末也能开放半天，方便上班族办事。", phone: "13800138000");
        await form.SubmitAsync();
        await Expect(form.ThankYou).ToBeVisibleAsync();
        await Expect(page).ToHaveURLAsync(new Regex($"/p/{station.Code}/suggestion/thanks$"));

        Assert.Empty(sockets);
        Assert.Empty(scripts);
        Assert.Empty(cspViolations);
    }

    [Fact]
    public async Task The_public_pages_have_no_serious_accessibility_violations()
    {
        var station = await fx.App.NewStationAsync();
        var page = await PhoneAsync(station.Code);
        var form = new SuggestionFormPage(page);
        foreach (var path in new[] { $"/p/{station.Code}", $"/p/{station.Code}/suggestion", $"/p/{station.Code}/nowhere" })
        {
            await page.GotoAsync(path);
            await AssertNoSeriousViolationsAsync(page);
        }
        await page.GotoAsync($"/p/{station.Code}/suggestion");
        await form.SubmitAsync(); // the form showing its messages
        await Expect(form.Summary).ToBeVisibleAsync();
        await AssertNoSeriousViolationsAsync(page);
    }

    private static async Task AssertNoSeriousViolationsAsync(IPage page)
    {
        var result = await page.RunAxe();
        var serious = result.Violations.Where(v => v.Impact is "serious" or "critical").ToList();
        Assert.True(serious.Count == 0, page.Url + ":\n" + string.Join("\n", serious.Select(v => $"{v.Impact} {v.Id}: {v.Help}")));
    }
}
