using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using SocialWorkStation.BrowserTests.Pages;
using SocialWorkStation.Modules.Cases.Data;
using SocialWorkStation.Modules.Cases.Domain;
using SocialWorkStation.IntegrationTests.Infrastructure;
using SocialWorkStation.Platform.Identity;
using static Microsoft.Playwright.Assertions;

namespace SocialWorkStation.BrowserTests;

/// <summary>The acceptance walk: one client from intake to follow-up through the pages, by a worker on a phone
/// and a supervisor at a desk, ending with the case-file PDF that must hold every step.</summary>
[Collection(BrowserCollection.Name)]
public sealed class WholeCaseTests(BrowserFixture fx)
{
    private const string Name = "王秀英";
    private const string Report = "独居高龄，膝关节退变，外出减少，情绪低落，需要生活照料与情绪支持。";
    private const string Goal = "恢复日常外出活动";
    private const string Visit = "家访：协助整理居室并检查用药";
    private const string Call = "电访：确认助餐服务已开始";
    private const string Group = "长者健康互助小组";
    private const string ReviewSummary = "外出目标部分达成，情绪支持需要加强";
    private const string Goal2 = "每周参加一次社区活动";
    private const string Summary = "三个月服务后服务对象恢复规律外出，情绪明显改善";
    private const string Lessons = "高龄独居个案应尽早链接邻里互助资源";
    private const string FollowUp = "生活规律，每周参加社区活动，暂无新需求";

    [Fact]
    [Trait("Clause", "C3.1.1")] [Trait("Clause", "C3.2.2")] [Trait("Clause", "C3.3.1")] [Trait("Clause", "C3.3.3")]
    [Trait("Clause", "C3.4.3")] [Trait("Clause", "C3.5.1")] [Trait("Clause", "C3.5.2")]
    public async Task A_client_goes_from_intake_to_follow_up_and_the_case_file_PDF_holds_every_step()
    {
        var station = await fx.App.NewStationAsync();
        var workerUser = await fx.App.NewUserAsync(Roles.SocialWorker, station);
        var supervisorUser = await fx.App.NewUserAsync(Roles.Supervisor, station);
        var others = await OtherGroupMembersAsync(station.Id, workerUser);

        var worker = await fx.NewPageAsync(phone: true);
        await new LoginPage(worker).LoginAsync(workerUser);
        var clients = new ClientPages(worker);
        await clients.RegisterAsync(Name, IdNumber(new DateOnly(1941, 6, 3)), "13912345678", ["独居老人"]);
        var clientId = Guid.Parse(worker.Url.Split('/').Last());

        // 接案 (C3.1.1) with the supervisor's opinion.
        var workerCase = new CasePages(worker);
        var number = await workerCase.OpenIntakeAsync(clientId, Name, "独居，近期跌倒后不敢出门", supervisorName: $"测试{supervisorUser.UserName}");
        var caseId = Guid.Parse(worker.Url.Split('/').Last());
        var supervisor = await fx.NewPageAsync();
        await new LoginPage(supervisor).LoginAsync(supervisorUser);
        var supervisorCase = new CasePages(supervisor);
        var supervisorApprovals = new ApprovalPages(supervisor);
        await supervisorCase.GotoCaseAsync(caseId);
        await supervisorCase.DecideIntakeAsync("符合接案条件，同意接案");

        // 预估, then the plan: returned with comments, resubmitted, approved (C3.2.2).
        await workerCase.GotoCaseAsync(caseId);
        await workerCase.RecordAssessmentAsync("行动不便，独居无人照料", Report, ["生活照料", "情绪支持"]);
        await workerCase.DraftPlanAsync(Goal, "每周外出不少于 2 次", "生活照料");
        await workerCase.SubmitPlanAsync();
        await supervisorCase.GotoCaseAsync(caseId);
        await supervisorCase.OpenPlanApprovalAsync();
        await supervisorApprovals.ReturnAsync("请写明每周外出的陪同安排");
        await Expect(supervisorApprovals.Status).ToHaveTextAsync("已退回");
        await workerCase.GotoCaseAsync(caseId);
        await workerCase.OpenTabAsync("服务计划");
        await Expect(workerCase.ReviewComment).ToContainTextAsync("请写明每周外出的陪同安排");
        await workerCase.DraftPlanAsync(Goal, "每周外出不少于 2 次（志愿者陪同）", "生活照料");
        await workerCase.SubmitPlanAsync();
        await ApprovePlanAsync(supervisorCase, supervisorApprovals, caseId);
        await workerCase.GotoCaseAsync(caseId);
        await Expect(workerCase.Status).ToHaveTextAsync("服务介入");

        // Three service records, one of them a group activity with five participants (C3.3.1, C3.4.1).
        var delivery = new DeliveryPages(worker);
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));
        await delivery.OpenCaseTabAsync(caseId, "服务记录");
        await delivery.RecordServiceAsync(today, 90, "家访", Visit, feedback: "很满意");
        await Expect(delivery.ServiceNotice).ToContainTextAsync("服务记录已保存");
        await delivery.RecordServiceAsync(today, 15, "电访", Call);
        await Expect(delivery.ServiceItems).ToHaveCountAsync(2);
        await delivery.RecordGroupActivityAsync(Group, [Name, .. others], walkIns: 0, content: "健康讲座与互助分享");
        await Expect(delivery.ActivityNotice).ToContainTextAsync("共 5 人次，已计入 1 个个案");

        // A progress review that revises the plan; the revision is approved again (C3.3.3).
        await delivery.OpenCaseTabAsync(caseId, "进展评估");
        await delivery.RecordReviewAsync("修订服务计划", [60], ReviewSummary, "增加社区活动目标");
        await Expect(delivery.ReviewNotice).ToBeVisibleAsync();
        await workerCase.GotoCaseAsync(caseId);
        await workerCase.OpenTabAsync("服务计划");
        await workerCase.DraftPlanAsync(Goal2, "每周参加社区活动 1 次", "情绪支持", revisionReason: "增加社区活动目标");
        await workerCase.SubmitPlanAsync();
        await ApprovePlanAsync(supervisorCase, supervisorApprovals, caseId);
        await workerCase.GotoCaseAsync(caseId);
        await workerCase.OpenTabAsync("服务计划");
        await Expect(workerCase.PlanStatuses.Filter(new() { HasText = "已通过" })).ToHaveCountAsync(1);
        await Expect(workerCase.PlanStatuses).ToHaveCountAsync(2);

        // Closure approved by the supervisor (C3.5.1), then a follow-up (C3.5.2).
        await delivery.OpenCaseTabAsync(caseId, "结案与回访");
        await delivery.RequestClosureAsync("目标达成", Summary, "两个目标均已达成", "服务对象表示很满意", Lessons);
        await Expect(delivery.ClosureNotice).ToBeVisibleAsync();
        await supervisor.ReloadAsync();
        await LoginPage.WaitForInteractiveAsync(supervisor);
        await supervisorApprovals.OpenFromInboxAsync($"结案审核：{number}");
        await supervisorApprovals.ApproveAsync("同意结案");
        await Expect(supervisorApprovals.Status).ToHaveTextAsync("已通过");
        await delivery.OpenCaseTabAsync(caseId, "结案与回访");
        await Expect(workerCase.Status).ToHaveTextAsync("已结案");
        await delivery.RecordFollowUpAsync("电话", FollowUp);
        await Expect(worker.GetByText(FollowUp).First).ToBeVisibleAsync();

        // The case file as PDF holds each of those (C3.4.3).
        var file = new CaseFilePages(worker);
        await file.OpenFileAsync(caseId);
        var text = Normalise(await CaseFilePages.PdfTextAsync(await file.DownloadPdfAsync()));
        foreach (var expected in new[] { Name, number, Report, Goal, Goal2, "请写明每周外出的陪同安排", Visit, Call, "健康讲座与互助分享",
                     ReviewSummary, Summary, Lessons, FollowUp })
            Assert.True(text.Contains(Normalise(expected)), $"PDF lacks 「{expected}」:\n{text}");
    }

    private static async Task ApprovePlanAsync(CasePages supervisorCase, ApprovalPages approvals, Guid caseId)
    {
        await supervisorCase.GotoCaseAsync(caseId);
        await supervisorCase.OpenPlanApprovalAsync();
        await approvals.ApproveAsync("同意");
        await Expect(approvals.Status).ToHaveTextAsync("已通过");
    }

    /// <summary>Four more clients of the worker for the group's sign-in list (arrangement, straight into the database).</summary>
    private async Task<string[]> OtherGroupMembersAsync(Guid stationId, TestUser worker)
    {
        string[] names = ["赵德明", "钱淑芬", "孙建国", "周玉兰"];
        await using var scope = fx.App.SystemScope();
        var db = scope.ServiceProvider.GetRequiredService<CasesDb>();
        foreach (var name in names)
            db.Clients.Add(new Client { StationId = stationId, Name = name, RegisteredById = worker.Id, RegisteredByName = worker.UserName, RegisteredAt = DateTime.UtcNow });
        await db.SaveChangesAsync();
        return names;
    }

    private static string IdNumber(DateOnly birth)
    {
        var body = $"330106{birth:yyyyMMdd}{Random.Shared.Next(0, 500) * 2:000}";
        int[] w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
        return body + "10X98765432"[body.Select((c, i) => (c - '0') * w[i]).Sum() % 11];
    }

    /// <summary>Lines wrap anywhere in CJK text: compare without whitespace.</summary>
    private static string Normalise(string s) => new(s.Where(c => !char.IsWhiteSpace(c)).ToArray());
}
