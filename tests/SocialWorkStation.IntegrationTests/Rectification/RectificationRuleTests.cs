using System.Net;
using System.Net.Http.Json;
using SocialWorkStation.IntegrationTests.Approvals;
using SocialWorkStation.IntegrationTests.Infrastructure;
using SocialWorkStation.Modules.Rectification.Contracts;
using SocialWorkStation.Modules.Rectification.Domain;
using SocialWorkStation.Platform.Identity;
using SocialWorkStation.Platform.Reminders;

namespace SocialWorkStation.IntegrationTests.Rectification;

/// <summary>The rules of the rectification cycle as the API enforces them.</summary>
public abstract class RectificationRuleTests(TestApp app)
{
    [Fact]
    public async Task The_owner_of_an_action_cannot_verify_it_even_holding_the_verify_permission()
    {
        var team = await app.RectificationTeamAsync();
        var finding = await team.DirectorApi.RaiseOkAsync();
        // The supervisor owns this action: supervisors may verify, but not their own work.
        var action = await team.DirectorApi.AddActionOkAsync(finding.Id, team.Supervisor.Id);
        await team.SupervisorApi.UploadEvidenceAsync(action.Id).AssertOkAsync();
        await team.SupervisorApi.CompleteAsync(finding.Id, action.Id).AssertOkAsync();
        Assert.False((await team.SupervisorApi.FindingAsync(finding.Id)).Action(action.Id).CanVerify);

        var own = await (await team.SupervisorApi.VerifyAsync(finding.Id, action.Id)).ProblemAsync(HttpStatusCode.Forbidden);
        Assert.Contains("第二人", own.GetProperty("title").GetString());
        await (await team.SupervisorApi.ReturnAsync(finding.Id, action.Id, "自己退回")).ProblemAsync(HttpStatusCode.Forbidden);
        Assert.Equal(ActionStatus.Completed, (await team.DirectorApi.FindingAsync(finding.Id)).StatusOf(action.Id));

        await team.DirectorApi.VerifyAsync(finding.Id, action.Id).AssertOkAsync();
        Assert.Equal(ActionStatus.Verified, (await team.DirectorApi.FindingAsync(finding.Id)).StatusOf(action.Id));
    }

    [Fact]
    public async Task Only_the_owner_completes_an_action_and_only_with_evidence()
    {
        var team = await app.RectificationTeamAsync();
        var finding = await team.DirectorApi.RaiseOkAsync();
        var action = await team.DirectorApi.AddActionOkAsync(finding.Id, team.Worker.Id);
        using var colleague = await app.ClientForAsync(await app.NewUserAsync(Roles.SocialWorker, team.Station), team.Station);

        // A colleague without an action in the finding does not even see it.
        Assert.Equal(HttpStatusCode.NotFound, (await colleague.CompleteAsync(finding.Id, action.Id, version: 0)).StatusCode);
        await (await team.DirectorApi.CompleteAsync(finding.Id, action.Id)).ProblemAsync(HttpStatusCode.Forbidden);
        await (await colleague.UploadEvidenceAsync(action.Id)).ProblemAsync(HttpStatusCode.NotFound);
        await (await team.DirectorApi.UploadEvidenceAsync(action.Id)).ProblemAsync(HttpStatusCode.Forbidden);

        var noEvidence = await (await team.WorkerApi.CompleteAsync(finding.Id, action.Id)).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(noEvidence.GetProperty("errors").TryGetProperty("evidence", out _));
        await team.WorkerApi.UploadEvidenceAsync(action.Id).AssertOkAsync();
        await team.WorkerApi.CompleteAsync(finding.Id, action.Id).AssertOkAsync();

        // Reported done: the evidence is what the verifier judges, so it is frozen.
        await (await team.WorkerApi.UploadEvidenceAsync(action.Id, "补充.pdf")).ProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task A_finding_is_not_closed_while_an_action_is_unverified()
    {
        var team = await app.RectificationTeamAsync();
        var (findingId, first) = await team.CompletedActionAsync();
        var second = await team.DirectorApi.AddActionOkAsync(findingId, team.Supervisor.Id);
        await team.SupervisorApi.VerifyAsync(findingId, first).AssertOkAsync();

        var refused = await (await team.DirectorApi.CloseAsync(findingId)).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("1 项整改措施未通过验证", refused.GetProperty("title").GetString());
        var detail = await team.DirectorApi.FindingAsync(findingId);
        Assert.False(detail.CanClose);
        Assert.Equal(FindingStatus.InProgress, detail.Status);

        var empty = await team.DirectorApi.RaiseOkAsync();
        await (await team.DirectorApi.CloseAsync(empty.Id)).ProblemAsync(HttpStatusCode.BadRequest);

        await team.SupervisorApi.UploadEvidenceAsync(second.Id).AssertOkAsync();
        await team.SupervisorApi.CompleteAsync(findingId, second.Id).AssertOkAsync();
        await team.DirectorApi.VerifyAsync(findingId, second.Id).AssertOkAsync();
        await team.DirectorApi.CloseAsync(findingId).AssertOkAsync();
        await (await team.DirectorApi.AddActionAsync(findingId, team.Worker.Id)).ProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task An_overdue_action_reminds_its_owner_and_marks_the_finding_overdue_in_the_list()
    {
        var team = await app.RectificationTeamAsync();
        var late = await team.DirectorApi.RaiseOkAsync(RectificationApi.Finding(title: "消防器材过期未更换", source: FindingSource.SecurityCheck));
        var lateAction = await team.DirectorApi.AddActionOkAsync(late.Id, team.Worker.Id);
        await app.SetActionDueAsync(lateAction.Id, RectificationApi.Today.AddDays(-3));
        var onTime = await team.DirectorApi.RaiseOkAsync(RectificationApi.Finding(title: "活动室安全提示不全"));
        await team.DirectorApi.AddActionOkAsync(onTime.Id, team.Worker.Id, RectificationApi.Today.AddDays(5));

        var mine = (await team.WorkerApi.GetFromJsonAsync<List<Reminder>>("/api/v1/reminders"))!;
        var reminder = Assert.Single(mine, r => r.Kind == "rectification-overdue");
        Assert.Equal($"/rectification/{late.Id}", reminder.Href);
        Assert.Equal(RectificationApi.Today.AddDays(-3), reminder.DueOn);
        Assert.Contains(late.Number, reminder.Title);
        var directors = (await team.DirectorApi.GetFromJsonAsync<List<Reminder>>("/api/v1/reminders"))!;
        Assert.DoesNotContain(directors, r => r.Kind == "rectification-overdue");

        var overdue = await team.DirectorApi.FindingsAsync("?overdue=true");
        Assert.Equal(late.Id, Assert.Single(overdue.Items).Id);
        Assert.True(overdue.Items[0].Overdue);
        var all = await team.DirectorApi.FindingsAsync();
        Assert.False(all.Items.Single(r => r.Id == onTime.Id).Overdue);
        Assert.True((await team.WorkerApi.FindingAsync(late.Id)).Action(lateAction.Id).Overdue);
    }

    [Fact]
    public async Task A_completed_action_waits_in_the_verifiers_reminders_but_not_in_the_owners()
    {
        var team = await app.RectificationTeamAsync();
        var (findingId, _) = await team.CompletedActionAsync();

        var supervisor = (await team.SupervisorApi.GetFromJsonAsync<List<Reminder>>("/api/v1/reminders"))!;
        var worker = (await team.WorkerApi.GetFromJsonAsync<List<Reminder>>("/api/v1/reminders"))!;

        Assert.Contains(supervisor, r => r.Kind == "rectification-verify" && r.Href == $"/rectification/{findingId}");
        Assert.DoesNotContain(worker, r => r.Href == $"/rectification/{findingId}");
    }

    [Fact]
    public async Task Deciding_on_an_action_someone_else_already_decided_gets_409()
    {
        var team = await app.RectificationTeamAsync();
        var (findingId, actionId) = await team.CompletedActionAsync();
        var seen = await team.DirectorApi.ActionVersionAsync(findingId, actionId);

        await team.SupervisorApi.VerifyAsync(findingId, actionId, version: seen).AssertOkAsync();
        await (await team.DirectorApi.ReturnAsync(findingId, actionId, "证据不足", version: seen)).ProblemAsync(HttpStatusCode.Conflict);
        var stale = (await team.DirectorApi.FindingAsync(findingId)).Version - 1;
        await (await team.DirectorApi.CloseAsync(findingId, version: stale)).ProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal(ActionStatus.Verified, (await team.DirectorApi.FindingAsync(findingId)).StatusOf(actionId));
    }

    [Fact]
    public async Task The_list_filters_by_source_status_and_mine()
    {
        var team = await app.RectificationTeamAsync();
        var audit = await team.DirectorApi.RaiseOkAsync(RectificationApi.Finding(title: "备用金未按月盘点", source: FindingSource.Audit));
        var complaint = await team.DirectorApi.RaiseOkAsync(RectificationApi.Finding(title: "未按约上门", source: FindingSource.Complaint));
        await team.DirectorApi.AddActionOkAsync(complaint.Id, team.Worker.Id);

        Assert.Equal(audit.Id, Assert.Single((await team.DirectorApi.FindingsAsync("?source=Audit")).Items).Id);
        Assert.Equal(audit.Id, Assert.Single((await team.DirectorApi.FindingsAsync("?status=Open")).Items).Id);
        Assert.Equal(complaint.Id, Assert.Single((await team.DirectorApi.FindingsAsync("?status=InProgress")).Items).Id);
        Assert.Equal(complaint.Id, Assert.Single((await team.WorkerApi.FindingsAsync("?mine=true")).Items).Id);
        Assert.Equal(audit.Id, Assert.Single((await team.DirectorApi.FindingsAsync("?q=" + Uri.EscapeDataString("备用金"))).Items).Id);
        Assert.Equal(2, (await team.DirectorApi.FindingsAsync()).Total);
    }
}

[Collection(SqliteCollection.Name)] public sealed class RectificationRuleOnSqlite(SqliteApp app) : RectificationRuleTests(app);
[Collection(PostgresCollection.Name)] public sealed class RectificationRuleOnPostgres(PostgresApp app) : RectificationRuleTests(app);
