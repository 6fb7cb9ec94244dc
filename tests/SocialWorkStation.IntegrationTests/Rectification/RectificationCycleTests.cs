using System.Net;
using System.Net.Http.Json;
using SocialWorkStation.IntegrationTests.Approvals;
using SocialWorkStation.IntegrationTests.Infrastructure;
using SocialWorkStation.Modules.Rectification.Contracts;
using SocialWorkStation.Modules.Rectification.Domain;
using SocialWorkStation.Platform.Identity;
using SocialWorkStation.Platform.Reminders;

namespace SocialWorkStation.IntegrationTests.Rectification;

public abstract class RectificationCycleTests(TestApp app)
{
    [Fact]
    public async Task A_finding_goes_from_raised_through_evidence_completion_and_second_person_verification_to_closed()
    {
        var team = await app.RectificationTeamAsync();

        var raised = await team.DirectorApi.RaiseOkAsync(RectificationApi.Finding(dueOn: RectificationApi.Today.AddDays(30)));
        Assert.Matches($@"^ZG-{RectificationApi.Today.Year}-\d{{4}}$", raised.Number);
        Assert.Equal(FindingStatus.Open, (await team.DirectorApi.FindingAsync(raised.Id)).Status);

        var action = await team.DirectorApi.AddActionOkAsync(raised.Id, team.Worker.Id, RectificationApi.Today.AddDays(14));
        var assigned = await team.WorkerApi.FindingAsync(raised.Id);
        Assert.Equal(FindingStatus.InProgress, assigned.Status);
        Assert.Equal(team.Worker.Id, assigned.Action(action.Id).OwnerId);
        Assert.Equal($"测试{team.Worker.UserName}", assigned.Action(action.Id).OwnerName);
        Assert.True(assigned.Action(action.Id).CanComplete);
        Assert.True(assigned.Action(action.Id).CanAttach);

        await team.WorkerApi.UploadEvidenceAsync(action.Id).AssertOkAsync();
        await team.WorkerApi.CompleteAsync(raised.Id, action.Id).AssertOkAsync();
        var completed = await team.SupervisorApi.FindingAsync(raised.Id);
        Assert.Equal(ActionStatus.Completed, completed.StatusOf(action.Id));
        Assert.Equal(1, completed.Action(action.Id).EvidenceCount);
        Assert.True(completed.Action(action.Id).CanVerify);
        Assert.False(completed.CanClose);

        await team.SupervisorApi.VerifyAsync(raised.Id, action.Id).AssertOkAsync();
        var verified = await team.DirectorApi.FindingAsync(raised.Id);
        Assert.Equal(ActionStatus.Verified, verified.StatusOf(action.Id));
        Assert.Equal(team.Supervisor.Id, verified.Action(action.Id).VerifiedById);
        Assert.True(verified.CanClose);

        await team.DirectorApi.CloseAsync(raised.Id, "全部措施经验证落实到位，同意销号").AssertOkAsync();
        var closed = await team.WorkerApi.FindingAsync(raised.Id);
        Assert.Equal(FindingStatus.Closed, closed.Status);
        Assert.Equal("全部措施经验证落实到位，同意销号", closed.Conclusion);
        Assert.Equal(team.Director.Id, closed.ClosedById);
        Assert.Equal(
            new[] { FindingEventKind.Raised, FindingEventKind.ActionAdded, FindingEventKind.ActionCompleted, FindingEventKind.ActionVerified, FindingEventKind.Closed },
            closed.Timeline.Select(e => e.Kind).ToArray());
        Assert.Equal(new[] { team.Director.Id, team.Director.Id, team.Worker.Id, team.Supervisor.Id, team.Director.Id },
            closed.Timeline.Select(e => e.ActorId).ToArray());
    }

    [Fact]
    public async Task A_returned_action_goes_back_to_its_owner_with_the_reason_and_can_be_completed_again()
    {
        var team = await app.RectificationTeamAsync();
        var (findingId, actionId) = await team.CompletedActionAsync();

        await (await team.SupervisorApi.ReturnAsync(findingId, actionId, "")).ProblemAsync(HttpStatusCode.BadRequest);
        await team.SupervisorApi.ReturnAsync(findingId, actionId, "缺少周检记录表，请补充").AssertOkAsync();

        var returned = (await team.WorkerApi.FindingAsync(findingId)).Action(actionId);
        Assert.Equal(ActionStatus.Returned, returned.Status);
        Assert.Equal("缺少周检记录表，请补充", returned.ReturnReason);
        Assert.True(returned.CanComplete);
        var reminders = (await team.WorkerApi.GetFromJsonAsync<List<Reminder>>("/api/v1/reminders"))!;
        Assert.Contains(reminders, r => r.Kind == "rectification-returned" && r.Href == $"/rectification/{findingId}");

        await team.WorkerApi.UploadEvidenceAsync(actionId, "周检记录表.pdf").AssertOkAsync();
        await team.WorkerApi.CompleteAsync(findingId, actionId, "已补充周检记录表").AssertOkAsync();
        await team.DirectorApi.VerifyAsync(findingId, actionId).AssertOkAsync();
        Assert.Equal(ActionStatus.Verified, (await team.DirectorApi.FindingAsync(findingId)).StatusOf(actionId));
    }

    [Fact]
    public async Task Another_module_raises_a_finding_through_the_contract_and_reads_whether_it_is_closed()
    {
        var team = await app.RectificationTeamAsync();
        // The finance officer records an audit finding from the (future) audit module; no rectification permission is needed for that.
        var finance = await app.NewUserAsync(Roles.Finance, team.Station);
        var auditId = Guid.CreateVersion7();
        var raised = await app.AsModuleAsync(finance, team.Station, r => r.RaiseAsync(new RaiseFindingRequest
        {
            Source = FindingSource.Audit, SourceModule = "finance", SourceRecordId = auditId, SourceText = "2026年度财务审计报告",
            SourceLink = $"/finance/audits/{auditId}", StationId = team.Station.Id, Severity = FindingSeverity.Serious,
            Title = "报销凭证缺少经办人签字", Description = "抽查 20 张凭证，4 张缺少经办人签字", DueOn = RectificationApi.Today.AddDays(20),
        }));
        Assert.True(raised.IsSuccess, raised.Error?.Message);

        var detail = await team.DirectorApi.FindingAsync(raised.Value!.Id);
        Assert.Equal(FindingSource.Audit, detail.Source);
        Assert.Equal($"/finance/audits/{auditId}", detail.SourceLink);
        Assert.Equal(finance.Id, detail.RaisedById);

        var open = Assert.Single(await app.AsModuleAsync(finance, team.Station, r => r.FindingsOfAsync("finance", auditId)));
        Assert.Equal(FindingStatus.Open, open.Status);
        Assert.Equal($"/rectification/{raised.Value.Id}", open.Href);

        var action = await team.DirectorApi.AddActionOkAsync(raised.Value.Id, team.Worker.Id);
        await team.WorkerApi.UploadEvidenceAsync(action.Id).AssertOkAsync();
        await team.WorkerApi.CompleteAsync(raised.Value.Id, action.Id).AssertOkAsync();
        await team.SupervisorApi.VerifyAsync(raised.Value.Id, action.Id).AssertOkAsync();
        await team.DirectorApi.CloseAsync(raised.Value.Id).AssertOkAsync();

        var closed = await app.AsModuleAsync(finance, team.Station, r => r.StatusAsync(raised.Value.Id));
        Assert.Equal(FindingStatus.Closed, closed!.Status);
        Assert.Equal(1, closed.VerifiedActionCount);
        Assert.NotNull(closed.ClosedOn);
    }

    [Fact]
    public async Task The_contract_answers_not_found_for_a_station_the_user_does_not_see()
    {
        var team = await app.RectificationTeamAsync();
        var elsewhere = await app.NewStationAsync();
        var other = await app.RectificationTeamAsync();
        var otherFinding = await other.DirectorApi.RaiseOkAsync();

        var raised = await app.AsModuleAsync(team.Director, team.Station, r => r.RaiseAsync(new RaiseFindingRequest
        {
            Source = FindingSource.Complaint, SourceText = "投诉登记 TS-001", StationId = elsewhere.Id, Severity = FindingSeverity.General,
            Title = "服务态度", Description = "服务对象家属投诉社工未按约上门",
        }));
        Assert.Equal(SocialWorkStation.Platform.Results.ErrorKind.NotFound, raised.Error?.Kind);
        Assert.Null(await app.AsModuleAsync(team.Director, team.Station, r => r.StatusAsync(otherFinding.Id)));
    }
}

[Collection(SqliteCollection.Name)] public sealed class RectificationCycleOnSqlite(SqliteApp app) : RectificationCycleTests(app);
[Collection(PostgresCollection.Name)] public sealed class RectificationCycleOnPostgres(PostgresApp app) : RectificationCycleTests(app);
