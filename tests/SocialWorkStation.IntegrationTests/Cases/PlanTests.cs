using System.Net;
using System.Net.Http.Json;
using SocialWorkStation.IntegrationTests.Approvals;
using SocialWorkStation.IntegrationTests.Infrastructure;
using SocialWorkStation.Modules.Cases.Domain;
using SocialWorkStation.Platform.Approvals;
using static SocialWorkStation.IntegrationTests.Cases.IntakeApi;

namespace SocialWorkStation.IntegrationTests.Cases;

public abstract class PlanTests(TestApp app)
{
    [Fact]
    [Trait("Clause", "C3.2.1")]
    public async Task A_goal_without_a_measure_or_without_a_linked_assessed_need_is_refused()
    {
        var team = await app.CaseTeamAsync();
        var (caseId, needs) = await app.AssessedCaseAsync(team);

        var noMeasure = await (await team.WorkerApi.DraftPlanAsync(caseId, Plan([needs[0].Id], [team.Worker.Id], measure: ""))).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(noMeasure.GetProperty("errors").TryGetProperty("goals[0].measure", out _));
        var noNeed = await (await team.WorkerApi.DraftPlanAsync(caseId, Plan([], [team.Worker.Id]))).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(noNeed.GetProperty("errors").TryGetProperty("goals[0].needIds", out _));
        var (_, otherNeeds) = await app.AssessedCaseAsync(team);
        await (await team.WorkerApi.DraftPlanAsync(caseId, Plan([otherNeeds[0].Id], [team.Worker.Id]))).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Empty(await team.WorkerApi.PlansAsync(caseId));

        var saved = await team.WorkerApi.DraftPlanOkAsync(caseId, Plan([needs[0].Id, needs[1].Id], [team.Worker.Id]));
        var plan = await team.WorkerApi.PlanAsync(saved.Id);
        Assert.Equal(PlanStatus.Draft, plan.Status);
        Assert.Equal([needs[0].Id, needs[1].Id], plan.Goals.Single().NeedIds);
        Assert.Equal("每周外出活动不少于 2 次", plan.Goals.Single().Measure);
    }

    [Fact]
    [Trait("Clause", "C3.2.1")]
    public async Task A_plan_needs_a_completed_assessment_first()
    {
        var team = await app.CaseTeamAsync();
        var opened = await team.WorkerApi.OpenCaseOkAsync((await app.ClientAsync(team.Station, team.Worker)).Id);
        await team.SupervisorApi.DecideIntakeAsync(opened.Id, true, "同意").AssertOkAsync();
        var problem = await (await team.WorkerApi.DraftPlanAsync(opened.Id, Plan([Guid.CreateVersion7()], [team.Worker.Id]))).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.StartsWith("请先完成需求评估", problem.GetProperty("title").GetString());
    }

    [Fact]
    [Trait("Clause", "C3.2.2")]
    public async Task A_returned_plan_shows_the_reviewers_comment_and_once_resubmitted_and_approved_the_case_is_in_intervention()
    {
        var team = await app.CaseTeamAsync();
        var (caseId, needs) = await app.AssessedCaseAsync(team);
        var draft = await team.WorkerApi.DraftPlanOkAsync(caseId, Plan([needs[0].Id], [team.Worker.Id]));
        var requestId = await team.WorkerApi.SubmitPlanOkAsync(draft.Id);
        Assert.Equal(PlanStatus.UnderReview, (await team.WorkerApi.PlanAsync(draft.Id)).Status);
        Assert.Contains((await team.SupervisorApi.InboxAsync()).Items, i => i.Id == requestId);

        await team.SupervisorApi.ReturnAsync(requestId, "目标过于笼统，请细化衡量标准").AssertOkAsync();
        var returned = await team.WorkerApi.PlanAsync(draft.Id);
        Assert.Equal(PlanStatus.Returned, returned.Status);
        Assert.Equal("目标过于笼统，请细化衡量标准", returned.ReviewComment);

        var edited = await team.WorkerApi.PutAsJsonAsync($"/api/v1/plans/{draft.Id}",
            Plan([needs[0].Id], [team.Worker.Id], measure: "每周外出 ≥ 2 次，由社工家访核实", version: returned.Version));
        Assert.True(edited.IsSuccessStatusCode, await edited.Content.ReadAsStringAsync());
        Assert.Equal(requestId, await team.WorkerApi.SubmitPlanOkAsync(draft.Id));
        Assert.Equal(PlanStatus.UnderReview, (await team.WorkerApi.PlanAsync(draft.Id)).Status);
        await team.SupervisorApi.ApproveAsync(requestId, "同意").AssertOkAsync();

        var approved = await team.WorkerApi.PlanAsync(draft.Id);
        Assert.Equal(PlanStatus.Approved, approved.Status);
        Assert.NotNull(approved.ApprovedAt);
        var header = await team.WorkerApi.CaseAsync(caseId);
        Assert.Equal(CaseStatus.Intervention, header.Status);
        Assert.Equal(draft.Id, header.CurrentPlanId);
        Assert.NotNull(header.NextReviewDue);
        Assert.Equal(ApprovalStatus.Approved, (await team.WorkerApi.DetailAsync(requestId)).Status);
    }

    [Fact]
    [Trait("Clause", "C3.2.2")]
    public async Task The_author_cannot_approve_their_own_plan()
    {
        var team = await app.CaseTeamAsync();
        // The director holds the review permission, and still may not decide on their own submission.
        var opened = await team.DirectorApi.OpenCaseOkAsync((await app.ClientAsync(team.Station, team.Director)).Id);
        await team.SupervisorApi.DecideIntakeAsync(opened.Id, true, "同意").AssertOkAsync();
        await team.DirectorApi.AssessAsync(opened.Id, Assessment()).AssertOkAsync();
        var needs = (await team.DirectorApi.AssessmentsAsync(opened.Id)).Single().Needs;
        var draft = await team.DirectorApi.DraftPlanOkAsync(opened.Id, Plan([needs[0].Id], [team.Worker.Id]));
        var requestId = await team.DirectorApi.SubmitPlanOkAsync(draft.Id);

        await (await team.DirectorApi.ApproveAsync(requestId)).ProblemAsync(HttpStatusCode.Forbidden);
        Assert.Equal(PlanStatus.UnderReview, (await team.DirectorApi.PlanAsync(draft.Id)).Status);
    }

    [Fact]
    [Trait("Clause", "C3.2.2")]
    [Trait("Clause", "C3.3.3")]
    public async Task A_revision_is_a_new_version_reviewed_while_the_approved_one_stays_in_force_and_then_supersedes_it()
    {
        var team = await app.CaseTeamAsync();
        var (caseId, needs) = await app.AssessedCaseAsync(team);
        var v1 = await team.WorkerApi.DraftPlanOkAsync(caseId, Plan([needs[0].Id], [team.Worker.Id]));
        await team.SupervisorApi.ApproveAsync(await team.WorkerApi.SubmitPlanOkAsync(v1.Id)).AssertOkAsync();

        await (await team.WorkerApi.DraftPlanAsync(caseId, Plan([needs[1].Id], [team.Worker.Id]))).ProblemAsync(HttpStatusCode.BadRequest); // no reason
        var v2 = await team.WorkerApi.DraftPlanOkAsync(caseId, Plan([needs[1].Id], [team.Worker.Id], revisionReason: "进展评估发现情绪问题突出，增加情绪支持目标"));
        Assert.Equal(2, v2.VersionNo);
        await (await team.WorkerApi.DraftPlanAsync(caseId, Plan([needs[1].Id], [team.Worker.Id], revisionReason: "再来一版"))).ProblemAsync(HttpStatusCode.Conflict);
        var request2 = await team.WorkerApi.SubmitPlanOkAsync(v2.Id);
        Assert.Equal(PlanStatus.Approved, (await team.WorkerApi.PlanAsync(v1.Id)).Status);
        Assert.Equal(v1.Id, (await team.WorkerApi.CaseAsync(caseId)).CurrentPlanId);

        await team.SupervisorApi.ApproveAsync(request2).AssertOkAsync();
        var versions = await team.WorkerApi.PlansAsync(caseId);
        Assert.Equal([2, 1], versions.Select(v => v.VersionNo));
        Assert.Equal([PlanStatus.Approved, PlanStatus.Superseded], versions.Select(v => v.Status));
        Assert.Equal("生活照料", needs[0].Description);
        Assert.Equal(PlanStatus.Superseded, (await team.WorkerApi.PlanAsync(v1.Id)).Status);
        Assert.Equal(v2.Id, (await team.WorkerApi.CaseAsync(caseId)).CurrentPlanId);
    }

    [Fact]
    public async Task A_plan_under_review_cannot_be_edited_and_a_stale_edit_gets_409()
    {
        var team = await app.CaseTeamAsync();
        var (caseId, needs) = await app.AssessedCaseAsync(team);
        var draft = await team.WorkerApi.DraftPlanOkAsync(caseId, Plan([needs[0].Id], [team.Worker.Id]));
        await team.WorkerApi.PutAsJsonAsync($"/api/v1/plans/{draft.Id}", Plan([needs[0].Id], [team.Worker.Id], version: draft.Version)).AssertOkAsync();
        await (await team.WorkerApi.PutAsJsonAsync($"/api/v1/plans/{draft.Id}", Plan([needs[0].Id], [team.Worker.Id], version: draft.Version)))
            .ProblemAsync(HttpStatusCode.Conflict);

        await team.WorkerApi.SubmitPlanOkAsync(draft.Id);
        var current = await team.WorkerApi.PlanAsync(draft.Id);
        await (await team.WorkerApi.PutAsJsonAsync($"/api/v1/plans/{draft.Id}", Plan([needs[0].Id], [team.Worker.Id], version: current.Version)))
            .ProblemAsync(HttpStatusCode.BadRequest);
    }
}

[Collection(SqliteCollection.Name)] public sealed class PlanOnSqlite(SqliteApp app) : PlanTests(app);
[Collection(PostgresCollection.Name)] public sealed class PlanOnPostgres(PostgresApp app) : PlanTests(app);
