using Microsoft.Playwright;
using SocialWorkStation.BrowserTests.Pages;
using SocialWorkStation.Platform.Identity;
using static Microsoft.Playwright.Assertions;

namespace SocialWorkStation.BrowserTests;

[Collection(BrowserCollection.Name)]
public sealed class ApprovalRoundTripTests(BrowserFixture fx)
{
    [Fact]
    public async Task Worker_files_a_request_director_returns_it_worker_resubmits_and_director_approves()
    {
        var station = await fx.App.NewStationAsync();
        var workerUser = await fx.App.NewUserAsync(Roles.SocialWorker, station);
        var directorUser = await fx.App.NewUserAsync(Roles.Director, station);
        const string title = "申请借用社区活动室";

        var worker = await fx.NewPageAsync();
        await new LoginPage(worker).LoginAsync(workerUser);
        var workerPages = new ApprovalPages(worker);
        await workerPages.SubmitGeneralAsync(title, "周六下午开展老年人手工活动", 300m);
        await Expect(workerPages.Status).ToHaveTextAsync("审批中");

        // The director works from a phone, in a separate browser context (own sign-in).
        var director = await fx.NewPageAsync(phone: true);
        await new LoginPage(director).LoginAsync(directorUser);
        var directorPages = new ApprovalPages(director);
        await Expect(directorPages.HeaderInbox(1)).ToBeVisibleAsync();
        await directorPages.OpenFromInboxAsync(title);
        await directorPages.ReturnAsync("请写明参加人数");
        await Expect(directorPages.Status).ToHaveTextAsync("已退回");
        await Expect(directorPages.HeaderInbox(0)).ToBeVisibleAsync();

        await worker.GetByRole(AriaRole.Link, new() { Name = "我的申请", Exact = true }).ClickAsync();
        await Expect(workerPages.MineItem(title)).ToContainTextAsync("已退回");
        await workerPages.OpenFromMineAsync(title);
        await Expect(worker.GetByText("请写明参加人数").First).ToBeVisibleAsync();
        await workerPages.ResubmitAsync("约 20 人参加");
        await Expect(workerPages.Status).ToHaveTextAsync("审批中");

        await director.ReloadAsync();
        await LoginPage.WaitForInteractiveAsync(director);
        await Expect(directorPages.HeaderInbox(1)).ToBeVisibleAsync();
        await directorPages.OpenFromInboxAsync(title);
        await directorPages.ApproveAsync("同意使用");
        await Expect(directorPages.Status).ToHaveTextAsync("已通过");

        await worker.GetByRole(AriaRole.Link, new() { Name = "我的申请", Exact = true }).ClickAsync();
        await Expect(workerPages.MineItem(title)).ToContainTextAsync("已通过");
        await workerPages.OpenFromMineAsync(title);
        await Expect(workerPages.Status).ToHaveTextAsync("已通过");
        await Expect(worker.GetByText("同意使用")).ToBeVisibleAsync();
    }
}
