using Microsoft.Extensions.DependencyInjection;
using SocialWorkStation.IntegrationTests.Infrastructure;
using SocialWorkStation.Platform.Approvals;
using SocialWorkStation.Platform.Identity;
using SocialWorkStation.Platform.Stations;
using static SocialWorkStation.IntegrationTests.Approvals.ApprovalApi;

namespace SocialWorkStation.IntegrationTests.Approvals;

/// <summary>A module plugs in by registering an IApprovalSubjectHandler, starts requests through IApprovals in its own
/// use case, and hears each outcome inside the deciding transaction (here: the test-only RecordingSubjectHandler).</summary>
public abstract class ApprovalContractTests(TestApp app)
{
    private RecordingSubjectHandler Recorder => app.Services.GetRequiredService<RecordingSubjectHandler>();

    private async Task<(Guid RequestId, Guid SubjectId)> StartAsync(TestUser user, Station station, long? amountFen = null)
    {
        var subjectId = Guid.CreateVersion7();
        await using var scope = await app.UserScopeAsync(user, station);
        var started = await scope.ServiceProvider.GetRequiredService<IApprovals>()
            .StartAsync(new ApprovalStart(RecordingSubjectHandler.Type, subjectId, "服务方案审核", "个案服务方案", amountFen));
        Assert.True(started.IsSuccess, started.Error?.Message);
        return (started.Value, subjectId);
    }

    private async Task<(Station Station, TestUser Worker, HttpClient WorkerClient, HttpClient Director)> StationWithFlowAsync()
    {
        var (station, workerClient, director, worker, _) = await app.StationWithWorkerAndDirectorAsync();
        await director.PutFlowAsync(RecordingSubjectHandler.Type, Step("站长审核", role: Roles.Director)).AssertOkAsync();
        return (station, worker, workerClient, director);
    }

    [Fact]
    public async Task Subject_module_is_told_of_approval_exactly_once()
    {
        var (station, worker, workerClient, director) = await StationWithFlowAsync();
        var (id, subjectId) = await StartAsync(worker, station);
        Assert.Empty(Recorder.For(subjectId)); // starting is not an outcome

        await director.ApproveAsync(id, "方案可行").AssertOkAsync();
        await director.ApproveAsync(id); // a second attempt changes nothing (409)

        var outcome = Assert.Single(Recorder.For(subjectId));
        Assert.Equal((id, RecordingSubjectHandler.Type, ApprovalStatus.Approved, "方案可行"),
            (outcome.RequestId, outcome.SubjectType, outcome.Status, outcome.Comment));
        Assert.Equal("测试事项", (await workerClient.DetailAsync(id)).SubjectName);
    }

    [Fact]
    public async Task Subject_module_is_told_of_each_return_and_of_a_withdrawal()
    {
        var (station, worker, workerClient, director) = await StationWithFlowAsync();
        var (id, subjectId) = await StartAsync(worker, station);

        await director.ReturnAsync(id, "目标不够具体").AssertOkAsync();
        await workerClient.ResubmitAsync(id).AssertOkAsync();
        await workerClient.WithdrawAsync(id, "对象已迁出").AssertOkAsync();

        Assert.Equal([(ApprovalStatus.Returned, "目标不够具体"), (ApprovalStatus.Withdrawn, "对象已迁出")],
            Recorder.For(subjectId).Select(o => (o.Status, o.Comment)));
    }

    [Fact]
    public async Task When_the_subject_module_fails_the_decision_is_rolled_back()
    {
        var (station, worker, workerClient, _) = await StationWithFlowAsync();
        var director = await app.NewUserAsync(Roles.Director, station);
        var (id, subjectId) = await StartAsync(worker, station);
        Recorder.FailFor[subjectId] = true;

        await using (var scope = await app.UserScopeAsync(director, station))
        {
            var approvals = scope.ServiceProvider.GetRequiredService<IApprovals>();
            await Assert.ThrowsAsync<InvalidOperationException>(() => approvals.ApproveAsync(id, "同意"));
        }

        var detail = await workerClient.DetailAsync(id);
        Assert.Equal(ApprovalStatus.Pending, detail.Status);
        Assert.Equal([ApprovalDecision.Submitted], detail.History.Select(h => h.Decision));
        Assert.Empty(Recorder.For(subjectId));
    }

    [Fact]
    public async Task A_module_request_uses_the_amount_it_passes_in_fen()
    {
        var (station, worker, workerClient, director) = await StationWithFlowAsync();
        await director.PutFlowAsync(RecordingSubjectHandler.Type,
            Step("站长审核", role: Roles.Director), Step("财务审核", role: Roles.Finance, minAmount: 500m)).AssertOkAsync();

        var (below, _) = await StartAsync(worker, station, amountFen: 49_999);
        var (at, _) = await StartAsync(worker, station, amountFen: 50_000);

        Assert.Single((await workerClient.DetailAsync(below)).Steps);
        Assert.Equal(2, (await workerClient.DetailAsync(at)).Steps.Count);
    }
}

[Collection(SqliteCollection.Name)] public sealed class ApprovalContractOnSqlite(SqliteApp app) : ApprovalContractTests(app);
[Collection(PostgresCollection.Name)] public sealed class ApprovalContractOnPostgres(PostgresApp app) : ApprovalContractTests(app);
