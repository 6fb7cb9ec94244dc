using System.Net;
using System.Net.Http.Json;
using SocialWorkStation.IntegrationTests.Infrastructure;
using SocialWorkStation.Platform.Approvals;
using SocialWorkStation.Platform.Identity;
using SocialWorkStation.Platform.Permissions;
using SocialWorkStation.Modules.Administration.Features.Approvals.Flows;
using static SocialWorkStation.IntegrationTests.Approvals.ApprovalApi;

namespace SocialWorkStation.IntegrationTests.Approvals;

public abstract class ApprovalFlowTests(TestApp app)
{
    [Fact]
    [Trait("Clause", "C4.3.2")]
    public async Task Amount_threshold_step_applies_only_from_its_threshold_up()
    {
        var (station, worker, director, _, _) = await app.StationWithWorkerAndDirectorAsync();
        var finance = await app.ClientForAsync(await app.NewUserAsync(Roles.Finance, station));
        await director.PutFlowAsync("general",
            Step("站长审批", role: Roles.Director), Step("财务复核", role: Roles.Finance, minAmount: 5000m)).AssertOkAsync();

        var small = await worker.SubmitAsync("购买文具", 1000m);
        await director.ApproveAsync(small).AssertOkAsync();
        var smallDone = await worker.DetailAsync(small);
        Assert.Equal(ApprovalStatus.Approved, smallDone.Status);
        Assert.Single(smallDone.Steps);

        var large = await worker.SubmitAsync("购买活动设备", 6000m);
        Assert.Equal(0, (await finance.InboxAsync()).Count); // step 2 waits for step 1
        await director.ApproveAsync(large).AssertOkAsync();
        var waiting = await worker.DetailAsync(large);
        Assert.Equal(ApprovalStatus.Pending, waiting.Status);
        Assert.Equal(2, waiting.CurrentStep);
        Assert.Equal(large, Assert.Single((await finance.InboxAsync()).Items).Id);
        await finance.ApproveAsync(large).AssertOkAsync();
        Assert.Equal(ApprovalStatus.Approved, (await worker.DetailAsync(large)).Status);
    }

    [Fact]
    [Trait("Clause", "C3.2.2")]
    public async Task All_must_approve_step_completes_only_after_every_director_approved()
    {
        var (station, worker, director, _, _) = await app.StationWithWorkerAndDirectorAsync();
        var deputy = await app.ClientForAsync(await app.NewUserAsync(Roles.Director, station));
        await director.PutFlowAsync("general", Step("站务会审核", role: Roles.Director, requireAll: true)).AssertOkAsync();
        var id = await worker.SubmitAsync("年度服务计划");

        await director.ApproveAsync(id, "同意").AssertOkAsync();
        Assert.Equal(ApprovalStatus.Pending, (await worker.DetailAsync(id)).Status);
        Assert.Equal(0, (await director.InboxAsync()).Count); // already approved: no longer waiting for them
        await (await director.ApproveAsync(id)).ProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal(1, (await deputy.InboxAsync()).Count);

        await deputy.ApproveAsync(id, "同意").AssertOkAsync();
        var done = await worker.DetailAsync(id);
        Assert.Equal(ApprovalStatus.Approved, done.Status);
        Assert.Equal(2, done.Steps.Single().ApprovedBy.Count);
    }

    [Fact]
    [Trait("Clause", "C3.2.2")]
    public async Task Two_directors_approving_at_the_same_moment_never_leave_the_request_stuck()
    {
        var (station, worker, director, _, _) = await app.StationWithWorkerAndDirectorAsync();
        var deputy = await app.ClientForAsync(await app.NewUserAsync(Roles.Director, station));
        await director.PutFlowAsync("general", Step("站务会审核", role: Roles.Director, requireAll: true)).AssertOkAsync();
        var id = await worker.SubmitAsync("年度服务计划");

        // Each sees the other's approval or is told to retry (409); neither may count against a stale state.
        var answers = await Task.WhenAll(director.ApproveAsync(id), deputy.ApproveAsync(id));
        Assert.All(answers, a => Assert.Contains(a.StatusCode, new[] { HttpStatusCode.NoContent, HttpStatusCode.Conflict }));
        for (var i = 0; i < answers.Length; i++)
            if (answers[i].StatusCode == HttpStatusCode.Conflict) await new[] { director, deputy }[i].ApproveAsync(id).AssertOkAsync();

        var done = await worker.DetailAsync(id);
        Assert.Equal(ApprovalStatus.Approved, done.Status);
        Assert.Equal(2, done.History.Count(h => h.Decision == ApprovalDecision.Approved));
    }

    [Fact]
    public async Task A_stations_own_flow_overrides_the_county_default_until_it_is_deleted()
    {
        var (station, worker, director, _, _) = await app.StationWithWorkerAndDirectorAsync();
        var supervisor = await app.ClientForAsync(await app.NewUserAsync(Roles.Supervisor, station));
        await director.PutFlowAsync("general", Step("督导审核", role: Roles.Supervisor)).AssertOkAsync();

        var ownFlow = await worker.SubmitAsync();
        Assert.Equal(Roles.Supervisor, (await worker.DetailAsync(ownFlow)).Steps.Single().Role);
        await (await director.ApproveAsync(ownFlow)).ProblemAsync(HttpStatusCode.Forbidden);
        await supervisor.ApproveAsync(ownFlow).AssertOkAsync();

        // Another station still follows the county default (one step, 站长).
        var (_, otherWorker, _, _, _) = await app.StationWithWorkerAndDirectorAsync();
        Assert.Equal(Roles.Director, (await otherWorker.DetailAsync(await otherWorker.SubmitAsync())).Steps.Single().Role);

        Assert.Equal(HttpStatusCode.NoContent, (await director.DeleteAsync("/api/v1/approval-flows/general")).StatusCode);
        Assert.Equal(Roles.Director, (await worker.DetailAsync(await worker.SubmitAsync())).Steps.Single().Role);
        Assert.Equal(Roles.Supervisor, (await worker.DetailAsync(ownFlow)).Steps.Single().Role); // running requests keep theirs
    }

    [Fact]
    public async Task Flow_settings_list_every_subject_type_with_the_county_default_and_the_stations_flow()
    {
        var (_, _, director, _, _) = await app.StationWithWorkerAndDirectorAsync();
        await director.PutFlowAsync(RecordingSubjectHandler.Type,
            Step("站长审批", role: Roles.Director), Step("审批权限持有人", permission: PlatformPermissions.ApprovalsViewAll, minAmount: 100.25m)).AssertOkAsync();

        var settings = await director.GetFromJsonAsync<ApprovalFlowSettings>("/api/v1/approval-flows");
        var general = settings!.Subjects[0];
        Assert.Equal(("general", "通用事项"), (general.SubjectType, general.DisplayName));
        Assert.Equal(Roles.Director, general.CountyDefault!.Steps.Single().Role);
        Assert.Null(general.StationFlow);
        var test = settings.Subjects.Single(s => s.SubjectType == RecordingSubjectHandler.Type);
        Assert.Equal("测试事项", test.DisplayName);
        Assert.Equal([null, 100.25m], test.StationFlow!.Steps.Select(s => s.MinAmount));
        Assert.Equal(PlatformPermissions.ApprovalsViewAll, test.StationFlow.Steps[1].Permission);
        Assert.Contains(Roles.Director, settings.Roles);
    }

    [Fact]
    public async Task Saving_replaces_all_steps_and_a_stale_version_is_a_conflict()
    {
        var (_, _, director, _, _) = await app.StationWithWorkerAndDirectorAsync();
        await director.PutFlowAsync("general", Step("一", role: Roles.Director), Step("二", role: Roles.Supervisor)).AssertOkAsync();
        var saved = await director.PutAsJsonAsync("/api/v1/approval-flows/general",
            new { name = "精简流程", steps = new[] { Step("唯一步骤", role: Roles.Finance) } });
        var flow = await saved.Content.ReadFromJsonAsync<FlowView>();
        Assert.Equal(["唯一步骤"], flow!.Steps.Select(s => s.Name));

        var stale = await director.PutAsJsonAsync("/api/v1/approval-flows/general",
            new { name = "旧页面的修改", version = flow.Version - 1, steps = new[] { Step("站长", role: Roles.Director) } });
        await stale.ProblemAsync(HttpStatusCode.Conflict);
        var settings = await director.GetFromJsonAsync<ApprovalFlowSettings>("/api/v1/approval-flows");
        Assert.Equal("精简流程", settings!.Subjects[0].StationFlow!.Name);
    }

    [Theory]
    [InlineData("""{"name":"流程","steps":[]}""", "steps")]
    [InlineData("""{"name":"流程"}""", "steps")]
    [InlineData("""{"name":"","steps":[{"name":"甲","role":"站长"}]}""", "name")]
    [InlineData("""{"name":"流程","steps":[{"name":"甲","role":"不存在的角色"}]}""", "steps[0].role")]
    [InlineData("""{"name":"流程","steps":[{"name":"甲","permission":"no.such.permission"}]}""", "steps[0].permission")]
    [InlineData("""{"name":"流程","steps":[{"name":"甲","role":"站长","permission":"approvals.view-all"}]}""", "steps[0].role")]
    [InlineData("""{"name":"流程","steps":[{"name":"甲"}]}""", "steps[0].role")]
    [InlineData("""{"name":"流程","steps":[{"name":"","role":"站长"}]}""", "steps[0].name")]
    [InlineData("""{"name":"流程","steps":[{"name":"甲","role":"站长","minAmount":1.005}]}""", "steps[0].minAmount")]
    [InlineData("""{"name":"流程","steps":[{"name":"甲","role":"站长","minAmount":10}]}""", "steps")]
    [InlineData("""{"name":"流程","steps":[{"name":"甲","role":"站长","minAmount":"很多"}]}""", "steps[0].minAmount")]
    [InlineData("""{"name":"流程","steps":"站长"}""", "steps")]
    public async Task Invalid_flow_is_refused_with_the_field_named(string body, string field)
    {
        var (_, _, director, _, _) = await app.StationWithWorkerAndDirectorAsync();
        var response = await director.PutAsync("/api/v1/approval-flows/general",
            new StringContent(body, System.Text.Encoding.UTF8, "application/json"));
        var problem = await response.ProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
    }

    [Fact]
    public async Task Flows_need_the_management_permission_and_the_county_default_needs_county_oversight()
    {
        var (_, worker, director, _, _) = await app.StationWithWorkerAndDirectorAsync();
        Assert.Equal(HttpStatusCode.Forbidden, (await worker.GetAsync("/api/v1/approval-flows")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await worker.PutFlowAsync("general", Step("甲", role: Roles.SocialWorker))).StatusCode);

        var countyDefault = await director.PutAsJsonAsync($"/api/v1/approval-flows/{RecordingSubjectHandler.Type}/county-default",
            new { name = "全县", steps = new[] { Step("站长", role: Roles.Director) } });
        await countyDefault.ProblemAsync(HttpStatusCode.Forbidden);
        Assert.Equal(HttpStatusCode.NotFound, (await director.PutFlowAsync("no-such-subject", Step("甲", role: Roles.Director))).StatusCode);
    }
}

[Collection(SqliteCollection.Name)] public sealed class ApprovalFlowOnSqlite(SqliteApp app) : ApprovalFlowTests(app);
[Collection(PostgresCollection.Name)] public sealed class ApprovalFlowOnPostgres(PostgresApp app) : ApprovalFlowTests(app);
