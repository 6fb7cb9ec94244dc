using System.Net;
using System.Net.Http.Json;
using SocialWorkStation.IntegrationTests.Approvals;
using SocialWorkStation.IntegrationTests.Infrastructure;
using SocialWorkStation.Platform.Identity;

namespace SocialWorkStation.IntegrationTests.Rectification;

/// <summary>Who sees and who may change findings: station isolation, roles, county oversight.</summary>
public abstract class RectificationAccessTests(TestApp app)
{
    [Fact]
    public async Task Another_stations_finding_and_action_are_404_even_for_its_director_role()
    {
        var a = await app.RectificationTeamAsync();
        var b = await app.RectificationTeamAsync();
        var (findingId, actionId) = await b.CompletedActionAsync();

        Assert.Equal(HttpStatusCode.NotFound, (await a.DirectorApi.GetAsync($"/api/v1/rectification/findings/{findingId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await a.DirectorApi.VerifyAsync(findingId, actionId, version: 1)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await a.DirectorApi.CloseAsync(findingId, version: 1)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await a.DirectorApi.AddActionAsync(findingId, a.Worker.Id)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await a.DirectorApi.GetAsync($"/api/v1/attachments/rectification-action/{actionId}")).StatusCode);
        Assert.DoesNotContain((await a.DirectorApi.FindingsAsync()).Items, r => r.Id == findingId);
        // Raising a finding into another station is refused the same way.
        var elsewhere = await a.DirectorApi.RaiseAsync(new
        {
            source = "Inspection", sourceText = "检查", severity = "General", title = "标题", description = "描述", stationId = b.Station.Id,
        });
        Assert.Equal(HttpStatusCode.NotFound, elsewhere.StatusCode);
    }

    [Fact]
    public async Task Staff_without_the_permission_get_403_for_raising_verifying_and_closing()
    {
        var team = await app.RectificationTeamAsync();
        var (findingId, actionId) = await team.CompletedActionAsync();
        using var evaluator = await app.ClientForAsync(await app.NewUserAsync(Roles.Evaluator, team.Station), team.Station);

        await (await team.WorkerApi.RaiseAsync(RectificationApi.Finding())).ProblemAsync(HttpStatusCode.Forbidden);
        await (await team.WorkerApi.AddActionAsync(findingId, team.Worker.Id)).ProblemAsync(HttpStatusCode.Forbidden);
        await (await team.WorkerApi.VerifyAsync(findingId, actionId)).ProblemAsync(HttpStatusCode.Forbidden);
        await (await team.WorkerApi.CloseAsync(findingId, version: 1)).ProblemAsync(HttpStatusCode.Forbidden);
        await (await evaluator.CompleteAsync(findingId, actionId, version: 1)).ProblemAsync(HttpStatusCode.Forbidden);
        Assert.Equal(HttpStatusCode.OK, (await evaluator.GetAsync($"/api/v1/rectification/findings/{findingId}")).StatusCode);
    }

    [Fact]
    public async Task A_worker_sees_only_findings_with_an_action_of_their_own()
    {
        var team = await app.RectificationTeamAsync();
        var theirs = await team.DirectorApi.RaiseOkAsync(RectificationApi.Finding(title: "台账未更新"));
        await team.DirectorApi.AddActionOkAsync(theirs.Id, team.Worker.Id);
        var complaint = await team.DirectorApi.RaiseOkAsync(RectificationApi.Finding(title: "家属投诉某社工", source: Modules.Rectification.Contracts.FindingSource.Complaint));

        var list = await team.WorkerApi.FindingsAsync();
        Assert.Equal(theirs.Id, Assert.Single(list.Items).Id);
        Assert.Equal(HttpStatusCode.NotFound, (await team.WorkerApi.GetAsync($"/api/v1/rectification/findings/{complaint.Id}")).StatusCode);
        Assert.Equal(2, (await team.SupervisorApi.FindingsAsync()).Total);
    }

    [Fact]
    public async Task County_staff_see_their_stations_findings_read_only()
    {
        var county = await app.NewOrganisationAsync("整改县");
        var one = await app.NewStationAsync(organisation: county);
        var two = await app.NewStationAsync(organisation: county);
        var directorOne = await app.ClientForAsync(await app.NewUserAsync(county, Roles.Director, one), one);
        var directorTwo = await app.ClientForAsync(await app.NewUserAsync(county, Roles.Director, two), two);
        var first = await directorOne.RaiseOkAsync();
        var second = await directorTwo.RaiseOkAsync();
        using var countyApi = await app.ClientForAsync(await app.NewUserAsync(county, Roles.County));

        var all = await countyApi.FindingsAsync();
        Assert.Equal(new[] { first.Id, second.Id }.Order(), all.Items.Select(r => r.Id).Order());
        Assert.Equal(first.Id, Assert.Single((await countyApi.FindingsAsync($"?stationId={one.Id}")).Items).Id);
        var detail = await countyApi.FindingAsync(second.Id);
        Assert.False(detail.CanAddAction);
        Assert.False(detail.CanClose);

        await (await countyApi.RaiseAsync(RectificationApi.Finding())).ProblemAsync(HttpStatusCode.Forbidden);
        await (await countyApi.PostAsJsonAsync($"/api/v1/rectification/findings/{first.Id}/actions",
            new { description = "措施", ownerId = Guid.CreateVersion7(), dueOn = RectificationApi.Today })).ProblemAsync(HttpStatusCode.Forbidden);
        await (await countyApi.CloseAsync(first.Id, version: 0)).ProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task An_action_owner_must_be_staff_of_the_findings_station_who_may_own_actions()
    {
        var team = await app.RectificationTeamAsync();
        var finding = await team.DirectorApi.RaiseOkAsync();
        var outsider = await app.NewUserAsync(Roles.SocialWorker, await app.NewStationAsync());
        var evaluator = await app.NewUserAsync(Roles.Evaluator, team.Station);

        foreach (var owner in new[] { outsider.Id, evaluator.Id, Guid.CreateVersion7() })
        {
            var problem = await (await team.DirectorApi.AddActionAsync(finding.Id, owner)).ProblemAsync(HttpStatusCode.BadRequest);
            Assert.True(problem.GetProperty("errors").TryGetProperty("ownerId", out _));
        }
        var owners = (await team.DirectorApi.GetFromJsonAsync<List<Modules.Rectification.Features.Actions.StaffOption>>(
            $"/api/v1/rectification/findings/{finding.Id}/owners"))!;
        Assert.Equal(new[] { team.Director.Id, team.Supervisor.Id, team.Worker.Id }.Order(), owners.Select(o => o.Id).Order());
    }
}

[Collection(SqliteCollection.Name)] public sealed class RectificationAccessOnSqlite(SqliteApp app) : RectificationAccessTests(app);
[Collection(PostgresCollection.Name)] public sealed class RectificationAccessOnPostgres(PostgresApp app) : RectificationAccessTests(app);
