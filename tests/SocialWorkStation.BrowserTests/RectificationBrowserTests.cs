using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using SocialWorkStation.BrowserTests.Pages;
using SocialWorkStation.Platform.Identity;
using static Microsoft.Playwright.Assertions;

namespace SocialWorkStation.BrowserTests;

/// <summary>The rectification cycle through the pages, everyone on a phone: the director raises a finding and sets an
/// action, the social worker uploads evidence and reports it done, the supervisor verifies, the director closes it.
/// Each person sees only the buttons that are theirs, and the pages' own content passes axe.</summary>
[Collection(BrowserCollection.Name)]
public sealed class RectificationBrowserTests(BrowserFixture fx)
{
    private static readonly byte[] Pdf = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"u8.ToArray();

    [Fact]
    public async Task A_finding_is_raised_acted_on_evidenced_completed_verified_and_closed_on_phones()
    {
        var station = await fx.App.NewStationAsync();
        var directorUser = await fx.App.NewUserAsync(Roles.Director, station);
        var workerUser = await fx.App.NewUserAsync(Roles.SocialWorker, station);
        var supervisorUser = await fx.App.NewUserAsync(Roles.Supervisor, station);
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(DateTime.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai")));

        var director = await fx.NewPageAsync(phone: true);
        await new LoginPage(director).LoginAsync(directorUser);
        var directorPages = new RectificationPages(director);
        var number = await directorPages.RaiseAsync("内部督导检查", "5月内部督导检查", "较重", "服务记录未及时录入",
            "抽查 10 个个案，3 个个案近两个月无服务记录");
        Assert.Matches($@"^ZG-{today.Year}-\d{{4}}$", number);
        var findingId = Guid.Parse(director.Url.Split('/').Last());
        await directorPages.AddActionAsync("补录缺失的服务记录并建立周检制度", $"测试{workerUser.UserName}", today.AddDays(14));
        await Expect(directorPages.Status).ToHaveTextAsync("整改中");
        await Expect(directorPages.ActionStatus(1)).ToHaveTextAsync("待完成");
        await AssertAccessibleAsync(director);

        var worker = await fx.NewPageAsync(phone: true);
        await new LoginPage(worker).LoginAsync(workerUser);
        var workerPages = new RectificationPages(worker);
        await workerPages.GotoAsync(findingId);
        await Expect(workerPages.Action(1).GetByRole(AriaRole.Button, new() { Name = "验证通过" })).ToHaveCountAsync(0);
        await workerPages.UploadEvidenceAsync(1, "周检记录表.pdf", Pdf, "application/pdf");
        await AssertAccessibleAsync(worker);
        await workerPages.CompleteAsync(1, "已补录 3 个个案的服务记录，周检制度已印发");
        await Expect(workerPages.ActionStatus(1)).ToHaveTextAsync("待验证");
        await Expect(workerPages.Action(1).GetByRole(AriaRole.Button, new() { Name = "提交完成" })).ToHaveCountAsync(0);
        await Expect(workerPages.Action(1).GetByLabel("上传附件")).ToHaveCountAsync(0);

        var supervisor = await fx.NewPageAsync(phone: true);
        await new LoginPage(supervisor).LoginAsync(supervisorUser);
        var supervisorPages = new RectificationPages(supervisor);
        await supervisorPages.GotoAsync(findingId);
        await Expect(supervisorPages.Action(1).GetByRole(AriaRole.Link, new() { Name = "周检记录表.pdf" })).ToBeVisibleAsync();
        await AssertAccessibleAsync(supervisor);
        await supervisorPages.VerifyAsync(1, "抽查 3 个个案，记录完整");
        await Expect(supervisorPages.ActionStatus(1)).ToHaveTextAsync("已验证");

        await directorPages.GotoAsync(findingId);
        await directorPages.CloseAsync("全部措施经验证落实到位，同意销号");
        await Expect(directorPages.Status).ToHaveTextAsync("已销号");
        await Expect(director.GetByTestId("finding-conclusion")).ToHaveTextAsync("全部措施经验证落实到位，同意销号");
        await Expect(directorPages.Timeline.GetByRole(AriaRole.Listitem)).ToHaveCountAsync(5);

        await director.GotoAsync("/rectification");
        await LoginPage.WaitForInteractiveAsync(director);
        await director.GetByLabel("整改状态").SelectOptionAsync(new SelectOptionValue { Label = "已销号" });
        var row = director.GetByTestId("finding-row").Filter(new() { HasText = number });
        await Expect(row).ToContainTextAsync("服务记录未及时录入");
        await Expect(row).ToContainTextAsync("措施验证 1/1");
        await AssertAccessibleAsync(director);
    }

    /// <summary>The page's own content (the main region, as CasesAccessibilityTests checks it) has no axe violation.</summary>
    private static async Task AssertAccessibleAsync(IPage page)
    {
        var result = await page.Locator("main").First.RunAxe();
        var violations = result.Violations
            .Select(v => $"{v.Impact} {v.Id}: {v.Help} ({string.Join(", ", v.Nodes.Select(n => n.Html).Take(2))})").ToList();
        Assert.True(violations.Count == 0, page.Url + ":\n" + string.Join("\n", violations));
    }
}
