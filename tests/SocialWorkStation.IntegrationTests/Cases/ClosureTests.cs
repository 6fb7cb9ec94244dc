using System.Net;
using System.Net.Http.Json;
using SocialWorkStation.IntegrationTests.Approvals;
using SocialWorkStation.IntegrationTests.Infrastructure;
using SocialWorkStation.Modules.Cases.Domain;
using static SocialWorkStation.IntegrationTests.Cases.ServiceDeliveryApi;

namespace SocialWorkStation.IntegrationTests.Cases;

public abstract class ClosureTests(TestApp app)
{
    [Fact]
    [Trait("Clause", "C3.5.1")]
    [Trait("Clause", "C3.5.2")]
    public async Task Requesting_closure_does_not_close_the_case_only_the_supervisors_approval_does_and_schedules_follow_ups()
    {
        var s = await app.CaseInServiceAsync();

        var closure = await s.Worker.RequestClosureOkAsync(s.Case.Id);

        Assert.Equal(ClosureStatus.UnderReview, closure.Status);
        Assert.Equal(CaseStatus.ClosurePending, (await app.CaseStateAsync(s.Case.Id)).Status);
        // Neither more casework nor the requester's own approval can close it.
        await (await s.Worker.RecordServiceAsync(s.Case.Id)).ProblemAsync(HttpStatusCode.BadRequest);
        await (await s.Worker.ApproveAsync(closure.ApprovalRequestId!.Value)).ProblemAsync(HttpStatusCode.Forbidden);
        await (await s.Worker.PostAsJsonAsync($"/api/v1/cases/{s.Case.Id}/closure", Closure())).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(CaseStatus.ClosurePending, (await app.CaseStateAsync(s.Case.Id)).Status);
        Assert.Empty(await s.Worker.FollowUpsAsync(s.Case.Id));

        await s.Supervisor.ApproveAsync(closure.ApprovalRequestId.Value, "同意结案").AssertOkAsync();

        var closed = await app.CaseStateAsync(s.Case.Id);
        Assert.Equal(CaseStatus.Closed, closed.Status);
        Assert.Equal(Today, closed.ClosedOn);
        Assert.Equal(ClosureStatus.Approved, (await s.Worker.ClosureAsync(s.Case.Id)).Status);
        Assert.Equal([Today.AddMonths(1), Today.AddMonths(3)], (await s.Worker.FollowUpsAsync(s.Case.Id)).Select(f => f.DueOn));
    }

    [Fact]
    [Trait("Clause", "C3.5.1")]
    public async Task A_returned_closure_goes_back_with_the_comment_and_can_be_resubmitted()
    {
        var s = await app.CaseInServiceAsync();
        var closure = await s.Worker.RequestClosureOkAsync(s.Case.Id);

        await s.Supervisor.ReturnAsync(closure.ApprovalRequestId!.Value, "目标达成情况缺少量化评分").AssertOkAsync();

        var returned = await s.Worker.ClosureAsync(s.Case.Id);
        Assert.Equal(ClosureStatus.Returned, returned.Status);
        Assert.Equal("目标达成情况缺少量化评分", returned.ReviewComment);
        Assert.Equal(CaseStatus.Intervention, (await app.CaseStateAsync(s.Case.Id)).Status);

        var resubmit = await s.Worker.PostAsJsonAsync($"/api/v1/closures/{returned.Id}/resubmit", new
        {
            summary = returned.Summary, goalAttainment = "外出目标评分 90/100，已达成", clientEvaluation = returned.ClientEvaluation,
            lessons = returned.Lessons, version = returned.Version,
        });
        Assert.True(resubmit.IsSuccessStatusCode, await resubmit.Content.ReadAsStringAsync());
        Assert.Equal(CaseStatus.ClosurePending, (await app.CaseStateAsync(s.Case.Id)).Status);

        await s.Supervisor.ApproveAsync(closure.ApprovalRequestId.Value).AssertOkAsync();
        var approved = await s.Worker.ClosureAsync(s.Case.Id);
        Assert.Equal(ClosureStatus.Approved, approved.Status);
        Assert.Equal("外出目标评分 90/100，已达成", approved.GoalAttainment);
        Assert.Equal(CaseStatus.Closed, (await app.CaseStateAsync(s.Case.Id)).Status);
    }

    [Fact]
    [Trait("Clause", "C3.5.3")]
    public async Task The_closing_summary_records_goal_attainment_client_evaluation_and_lessons()
    {
        var s = await app.CaseInServiceAsync();

        await s.Worker.RequestClosureOkAsync(s.Case.Id);

        var closure = await s.Supervisor.ClosureAsync(s.Case.Id);
        Assert.Equal("每周外出两次的目标已达成（评分 90）", closure.GoalAttainment);
        Assert.Equal("对服务很满意，感谢社工", closure.ClientEvaluation);
        Assert.Equal("老年个案宜尽早链接邻里互助资源", closure.Lessons);
        Assert.Equal(ClosureReason.GoalsAchieved, closure.Reason);
    }

    [Fact]
    [Trait("Clause", "C3.5.3")]
    public async Task A_closure_without_lessons_or_client_evaluation_is_refused_unless_the_client_cannot_evaluate()
    {
        var s = await app.CaseInServiceAsync();
        var noLessons = new { reason = "GoalsAchieved", summary = "总结", goalAttainment = "达成", clientEvaluation = "满意", lessons = "" };

        var lessons = await (await s.Worker.PostAsJsonAsync($"/api/v1/cases/{s.Case.Id}/closure", noLessons)).ProblemAsync(HttpStatusCode.BadRequest);
        var evaluation = await (await s.Worker.PostAsJsonAsync($"/api/v1/cases/{s.Case.Id}/closure", Closure(clientEvaluation: null))).ProblemAsync(HttpStatusCode.BadRequest);
        var other = await (await s.Worker.PostAsJsonAsync($"/api/v1/cases/{s.Case.Id}/closure", Closure("Other"))).ProblemAsync(HttpStatusCode.BadRequest);

        Assert.True(lessons.GetProperty("errors").TryGetProperty("lessons", out _));
        Assert.True(evaluation.GetProperty("errors").TryGetProperty("clientEvaluation", out _));
        Assert.True(other.GetProperty("errors").TryGetProperty("reasonDetail", out _));
        Assert.Equal(CaseStatus.Intervention, (await app.CaseStateAsync(s.Case.Id)).Status);
        var lost = await s.Worker.RequestClosureOkAsync(s.Case.Id, Closure("LostContact", clientEvaluation: null));
        Assert.Equal(ClosureReason.LostContact, lost.Reason);
    }
}

[Collection(SqliteCollection.Name)] public sealed class ClosureOnSqlite(SqliteApp app) : ClosureTests(app);
[Collection(PostgresCollection.Name)] public sealed class ClosureOnPostgres(PostgresApp app) : ClosureTests(app);
