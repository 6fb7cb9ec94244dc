using System.Net;
using System.Net.Http.Json;
using SocialWorkStation.IntegrationTests.Infrastructure;
using SocialWorkStation.Platform.Approvals;
using SocialWorkStation.Platform.Identity;
using SocialWorkStation.Modules.Administration.Features.Approvals.Requests;

namespace SocialWorkStation.IntegrationTests.Approvals;

public abstract class ApprovalRoundTripTests(TestApp app)
{
    [Fact]
    public async Task Returned_request_is_resubmitted_then_approved_and_the_history_keeps_every_step_in_order()
    {
        var (_, worker, director, _, _) = await app.StationWithWorkerAndDirectorAsync();
        var id = await worker.SubmitAsync("申请使用公章", 120.5m);

        var inbox = await director.InboxAsync();
        Assert.Equal(1, inbox.Count);
        Assert.Equal(id, Assert.Single(inbox.Items).Id);

        await director.ReturnAsync(id, "请补充用章事由").AssertOkAsync();
        Assert.Equal(0, (await director.InboxAsync()).Count);
        var returned = await worker.DetailAsync(id);
        Assert.Equal(ApprovalStatus.Returned, returned.Status);
        Assert.Equal("请补充用章事由", returned.ReturnReason);
        Assert.True(returned.Allowed.Resubmit);

        await worker.ResubmitAsync(id, "已补充：用于社区活动协议").AssertOkAsync();
        Assert.Equal(1, (await director.InboxAsync()).Count);
        await director.ApproveAsync(id, "同意用章").AssertOkAsync();

        var done = await worker.DetailAsync(id);
        Assert.Equal(ApprovalStatus.Approved, done.Status);
        Assert.Equal(12050, done.AmountFen);
        Assert.NotNull(done.CompletedAt);
        Assert.Equal(
            [ApprovalDecision.Submitted, ApprovalDecision.Rejected, ApprovalDecision.Resubmitted, ApprovalDecision.Approved],
            done.History.Select(h => h.Decision));
        Assert.Equal([null, "请补充用章事由", "已补充：用于社区活动协议", "同意用章"], done.History.Select(h => h.Comment));
        Assert.Equal(0, (await director.InboxAsync()).Count);
    }

    [Fact]
    public async Task Nobody_approves_their_own_request_not_even_a_director()
    {
        var station = await app.NewStationAsync();
        var director = await app.ClientForAsync(await app.NewUserAsync(Roles.Director, station));
        var id = await director.SubmitAsync("站长本人的外出申请");

        var problem = await (await director.ApproveAsync(id)).ProblemAsync(HttpStatusCode.Forbidden);
        Assert.Contains("不能审批自己提交的申请", problem.GetProperty("title").GetString());
        Assert.Equal(0, (await director.InboxAsync()).Count);
        var detail = await director.DetailAsync(id);
        Assert.Equal(ApprovalStatus.Pending, detail.Status);
        Assert.False(detail.Allowed.Approve);
    }

    [Fact]
    public async Task Someone_without_the_steps_role_cannot_decide_does_not_see_it_in_the_inbox_nor_open_it()
    {
        var (station, worker, _, _, _) = await app.StationWithWorkerAndDirectorAsync();
        var colleague = await app.ClientForAsync(await app.NewUserAsync(Roles.SocialWorker, station));
        var id = await worker.SubmitAsync();

        var problem = await (await colleague.ApproveAsync(id)).ProblemAsync(HttpStatusCode.Forbidden);
        Assert.Contains("不是当前步骤的审批人", problem.GetProperty("title").GetString());
        await (await colleague.ReturnAsync(id, "不同意")).ProblemAsync(HttpStatusCode.Forbidden);
        Assert.Equal(0, (await colleague.InboxAsync()).Count);
        // Not the requester, no approver of any step, no approvals.view-all: the request does not exist for them.
        Assert.Equal(HttpStatusCode.NotFound, (await colleague.GetAsync($"/api/v1/approvals/{id}")).StatusCode);
        Assert.Equal(ApprovalStatus.Pending, (await worker.DetailAsync(id)).Status);
    }

    [Fact]
    public async Task Another_stations_director_gets_404_on_every_route()
    {
        var (_, worker, _, _, _) = await app.StationWithWorkerAndDirectorAsync();
        var elsewhere = await app.NewStationAsync();
        var otherDirector = await app.ClientForAsync(await app.NewUserAsync(Roles.Director, elsewhere));
        var id = await worker.SubmitAsync();

        Assert.Equal(HttpStatusCode.NotFound, (await otherDirector.GetAsync($"/api/v1/approvals/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await otherDirector.ApproveAsync(id)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await otherDirector.ReturnAsync(id, "理由")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await otherDirector.ResubmitAsync(id)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await otherDirector.WithdrawAsync(id)).StatusCode);
        Assert.Equal(0, (await otherDirector.InboxAsync()).Count);
        Assert.Equal(ApprovalStatus.Pending, (await worker.DetailAsync(id)).Status);
    }

    [Fact]
    public async Task Returning_without_a_reason_is_refused_with_the_field_named()
    {
        var (_, worker, director, _, _) = await app.StationWithWorkerAndDirectorAsync();
        var id = await worker.SubmitAsync();

        var problem = await (await director.ReturnAsync(id, "  ")).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("退回时必须填写理由", problem.GetProperty("errors").GetProperty("reason")[0].GetString());
        await (await director.ReturnAsync(id, null)).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(ApprovalStatus.Pending, (await worker.DetailAsync(id)).Status);
    }

    [Fact]
    public async Task Withdrawn_request_leaves_the_inbox_and_can_no_longer_be_decided()
    {
        var (_, worker, director, _, _) = await app.StationWithWorkerAndDirectorAsync();
        var id = await worker.SubmitAsync();

        await (await director.WithdrawAsync(id)).ProblemAsync(HttpStatusCode.Forbidden); // only the requester withdraws
        await worker.WithdrawAsync(id, "活动取消").AssertOkAsync();

        Assert.Equal(0, (await director.InboxAsync()).Count);
        await (await director.ApproveAsync(id)).ProblemAsync(HttpStatusCode.Conflict);
        await (await worker.ResubmitAsync(id)).ProblemAsync(HttpStatusCode.Conflict);
        var detail = await director.DetailAsync(id); // approvers of a step may still read it
        Assert.Equal(ApprovalStatus.Withdrawn, detail.Status);
        Assert.Equal("活动取消", detail.History[^1].Comment);
    }

    [Fact]
    public async Task My_requests_lists_only_mine_newest_first_in_pages_with_their_status()
    {
        var (station, worker, director, _, _) = await app.StationWithWorkerAndDirectorAsync();
        var colleague = await app.ClientForAsync(await app.NewUserAsync(Roles.SocialWorker, station));
        var first = await worker.SubmitAsync("第一项");
        var second = await worker.SubmitAsync("第二项");
        var third = await worker.SubmitAsync("第三项");
        await colleague.SubmitAsync("同事的申请");
        await director.ApproveAsync(first).AssertOkAsync();

        var page1 = await worker.GetFromJsonAsync<ApprovalPage>("/api/v1/approvals/mine?page=1&pageSize=2");
        Assert.Equal(3, page1!.Total);
        Assert.Equal([third, second], page1.Items.Select(i => i.Id));
        var page2 = await worker.GetFromJsonAsync<ApprovalPage>("/api/v1/approvals/mine?page=2&pageSize=2");
        Assert.Equal(ApprovalStatus.Approved, Assert.Single(page2!.Items).Status);
        var approved = await worker.GetFromJsonAsync<ApprovalPage>("/api/v1/approvals/mine?status=Approved");
        Assert.Equal(first, Assert.Single(approved!.Items).Id);
    }

    [Fact]
    public async Task Holders_of_view_all_may_read_a_request_but_not_decide_it()
    {
        var (station, worker, _, _, _) = await app.StationWithWorkerAndDirectorAsync();
        var evaluator = await app.ClientForAsync(await app.NewUserAsync(Roles.Evaluator, station));
        var id = await worker.SubmitAsync();

        var detail = await evaluator.DetailAsync(id);
        Assert.False(detail.Allowed.Approve);
        await (await evaluator.ApproveAsync(id)).ProblemAsync(HttpStatusCode.Forbidden);
    }
}

[Collection(SqliteCollection.Name)] public sealed class ApprovalRoundTripOnSqlite(SqliteApp app) : ApprovalRoundTripTests(app);
[Collection(PostgresCollection.Name)] public sealed class ApprovalRoundTripOnPostgres(PostgresApp app) : ApprovalRoundTripTests(app);
