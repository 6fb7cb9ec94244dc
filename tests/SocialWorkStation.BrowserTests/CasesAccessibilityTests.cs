using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using SocialWorkStation.BrowserTests.Pages;
using SocialWorkStation.IntegrationTests.Cases;
using SocialWorkStation.Platform.Identity;
using static Microsoft.Playwright.Assertions;

namespace SocialWorkStation.BrowserTests;

/// <summary>The service-process pages' own content (the main region) passes axe at phone width, where social
/// workers use them on home visits: labels, headings, contrast, valid ARIA.</summary>
[Collection(BrowserCollection.Name)]
public sealed class CasesAccessibilityTests(BrowserFixture fx)
{
    [Fact]
    public async Task Service_process_pages_pass_axe_on_a_phone()
    {
        var station = await fx.App.NewStationAsync();
        var director = await fx.App.NewUserAsync(Roles.Director, station);
        var client = await fx.App.ClientAsync(station, director, "陈阿婆");
        var item = await fx.App.CaseAsync(station, client, director);
        await fx.App.ApprovedPlanAsync(item, director);

        var page = await fx.NewPageAsync(phone: true);
        await new LoginPage(page).LoginAsync(director);
        var problems = new List<string>();
        foreach (var (url, heading) in new[]
                 {
                     ("/cases/clients", "服务对象"), ("/cases/clients/new", "登记服务对象"), ($"/cases/clients/{client.Id}", "陈阿婆"),
                     ($"/cases/clients/{client.Id}/edit", "编辑服务对象：陈阿婆"), ("/cases/clients/import", "导入服务对象台账"),
                     ($"/cases/new?clientId={client.Id}", "接案登记"), ("/cases", "个案列表"), ("/cases/dashboard", "服务统计"), ("/cases/statistics", "月度服务统计"),
                     ("/cases/activities", "小组与社区活动"), ("/cases/activities/new", "记录活动"), ("/cases/templates", "评估模板"),
                     ($"/cases/{item.Id}/file", $"服务档案 · {item.Number}"),
                 })
        {
            await page.GotoAsync(url);
            await LoginPage.WaitForInteractiveAsync(page);
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = heading, Level = 1 })).ToBeVisibleAsync();
            problems.AddRange(await ViolationsAsync(page, url));
        }

        await page.GotoAsync($"/cases/{item.Id}");
        await LoginPage.WaitForInteractiveAsync(page);
        string[] tabs = ["概况", "需求评估", "服务计划", "服务记录", "进展评估", "结案与回访"];
        foreach (var (tab, next) in tabs.Zip(tabs.Skip(1).Append(null)))
        {
            await page.GetByRole(AriaRole.Tab, new() { Name = tab, Exact = true }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Tab, new() { Name = tab, Exact = true })).ToHaveAttributeAsync("aria-selected", "true");
            // After a click the tab bar scrolls on a phone and the pointer rests on the next tab: check a hovered tab too.
            if (next is not null) await page.GetByRole(AriaRole.Tab, new() { Name = next, Exact = true }).HoverAsync();
            problems.AddRange(await ViolationsAsync(page, $"/cases/{{id}} {tab}"));
        }
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    private static async Task<IEnumerable<string>> ViolationsAsync(IPage page, string what)
    {
        var results = await page.Locator("main").First.RunAxe();
        return results.Violations.Select(v => $"{what}: {v.Id}: {v.Help} ({string.Join(", ", v.Nodes.Select(n => n.Html).Take(2))})");
    }
}
