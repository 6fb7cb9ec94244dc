using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using SocialWorkStation.BrowserTests.Pages;
using SocialWorkStation.Platform.Identity;
using static Microsoft.Playwright.Assertions;

namespace SocialWorkStation.BrowserTests;

/// <summary>The approval pages' own content (the main region) passes axe at phone width: labels, headings, contrast.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ApprovalAccessibilityTests(BrowserFixture fx)
{
    [Fact]
    public async Task Approval_pages_pass_axe_on_a_phone()
    {
        var station = await fx.App.NewStationAsync();
        var workerUser = await fx.App.NewUserAsync(Roles.SocialWorker, station);
        var directorUser = await fx.App.NewUserAsync(Roles.Director, station);

        var worker = await fx.NewPageAsync(phone: true);
        await new LoginPage(worker).LoginAsync(workerUser);
        await OpenAsync(worker, "/approvals/new", "发起通用事项申请");
        await AssertNoViolationsAsync(worker, "发起申请");
        await worker.GetByLabel("申请标题").FillAsync("外出参加培训");
        await worker.GetByLabel("事由说明").FillAsync("参加市级社工培训两天");
        await worker.GetByRole(AriaRole.Button, new() { Name = "提交申请" }).ClickAsync();
        await Expect(worker.GetByRole(AriaRole.Heading, new() { Name = "外出参加培训", Level = 1 })).ToBeVisibleAsync();
        await AssertNoViolationsAsync(worker, "申请详情（申请人）");
        await OpenAsync(worker, "/approvals/mine", "我的申请");
        await AssertNoViolationsAsync(worker, "我的申请");

        var director = await fx.NewPageAsync(phone: true);
        await new LoginPage(director).LoginAsync(directorUser);
        await OpenAsync(director, "/approvals/inbox", "我的待办");
        await AssertNoViolationsAsync(director, "我的待办");
        await director.GetByRole(AriaRole.Link, new() { Name = "外出参加培训" }).ClickAsync();
        await Expect(director.GetByRole(AriaRole.Button, new() { Name = "同意" })).ToBeVisibleAsync();
        await AssertNoViolationsAsync(director, "申请详情（审批人）");
        await director.GetByLabel("审批意见（退回时必填）").FillAsync("请附培训通知");
        await director.GetByRole(AriaRole.Button, new() { Name = "退回" }).ClickAsync();
        await Expect(director.GetByTestId("approval-status")).ToHaveTextAsync("已退回");

        await OpenAsync(worker, "/approvals/mine", "我的申请");
        await Expect(worker.GetByRole(AriaRole.Listitem).Filter(new() { HasText = "外出参加培训" })).ToContainTextAsync("已退回");
        await AssertNoViolationsAsync(worker, "我的申请（已退回）");
        await worker.GetByRole(AriaRole.Link, new() { Name = "外出参加培训" }).ClickAsync();
        await Expect(worker.GetByText("请附培训通知").First).ToBeVisibleAsync();
        await AssertNoViolationsAsync(worker, "申请详情（已退回）");

        await OpenAsync(director, "/admin/approval-flows", "审批流程");
        await director.GetByRole(AriaRole.Button, new() { Name = "自定义本站流程" }).First.ClickAsync();
        await Expect(director.GetByLabel("流程名称")).ToBeVisibleAsync();
        await AssertNoViolationsAsync(director, "审批流程");
    }

    private static async Task OpenAsync(IPage page, string url, string heading)
    {
        await page.GotoAsync(url);
        await LoginPage.WaitForInteractiveAsync(page);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = heading, Level = 1 })).ToBeVisibleAsync();
    }

    private static async Task AssertNoViolationsAsync(IPage page, string what)
    {
        var results = await page.Locator("main").First.RunAxe();
        Assert.True(results.Violations.Length == 0,
            what + ": " + string.Join("; ", results.Violations.Select(v => $"{v.Id}: {v.Help} ({string.Join(", ", v.Nodes.Select(n => n.Html).Take(2))})")));
    }
}
