using System.Net;
using System.Text.Json;
using SocialWorkStation.IntegrationTests.Approvals;
using SocialWorkStation.IntegrationTests.Infrastructure;
using SocialWorkStation.Modules.Cases.Domain;
using SocialWorkStation.Modules.Cases.Features.Intake;
using SocialWorkStation.Platform.Identity;

namespace SocialWorkStation.IntegrationTests.Cases;

public abstract class IntakeTests(TestApp app)
{
    [Fact]
    [Trait("Clause", "C3.1.1")]
    public async Task Intake_issues_a_case_number_and_the_supervisors_accepting_opinion_moves_the_case_to_assessment()
    {
        var team = await app.CaseTeamAsync();
        var client = await app.ClientAsync(team.Station, team.Worker, "王秀英");

        var opened = await team.WorkerApi.OpenCaseOkAsync(client.Id, team.Supervisor.Id);
        var header = await team.WorkerApi.CaseAsync(opened.Id);
        Assert.Matches($@"^{team.Station.Code}-GA-\d{{4}}-0001$", opened.Number);
        Assert.Equal(opened.Number, header.Number);
        Assert.Equal("王秀英", header.ClientName);
        Assert.Equal(CaseStatus.Intake, header.Status);
        Assert.Equal(IntakeSource.GridReport, header.Source);
        Assert.Equal(team.Worker.Id, header.WorkerId);
        Assert.Equal(team.Supervisor.Id, header.SupervisorId);

        await team.SupervisorApi.DecideIntakeAsync(opened.Id, true, "符合接案条件，同意接案").AssertOkAsync();
        var decided = await team.WorkerApi.CaseAsync(opened.Id);
        Assert.Equal(CaseStatus.Assessment, decided.Status);
        Assert.True(decided.Accepted);
        Assert.Equal("符合接案条件，同意接案", decided.SupervisorOpinion);
        Assert.NotNull(decided.DecidedOn);
    }

    [Fact]
    [Trait("Clause", "C3.1.1")]
    public async Task Case_numbers_are_consecutive_within_a_station()
    {
        var team = await app.CaseTeamAsync();
        var first = await team.WorkerApi.OpenCaseOkAsync((await app.ClientAsync(team.Station, team.Worker)).Id);
        var second = await team.WorkerApi.OpenCaseOkAsync((await app.ClientAsync(team.Station, team.Worker)).Id);
        Assert.Equal(int.Parse(first.Number[^4..]) + 1, int.Parse(second.Number[^4..]));
    }

    [Fact]
    [Trait("Clause", "C3.1.1")]
    public async Task Not_accepting_needs_an_opinion_and_closes_the_intake_as_not_accepted()
    {
        var team = await app.CaseTeamAsync();
        var opened = await team.WorkerApi.OpenCaseOkAsync((await app.ClientAsync(team.Station, team.Worker)).Id);

        var noOpinion = await (await team.SupervisorApi.DecideIntakeAsync(opened.Id, false, "")).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(noOpinion.GetProperty("errors").TryGetProperty("opinion", out _));
        await team.SupervisorApi.DecideIntakeAsync(opened.Id, false, "不属于本站服务范围，已转介民政所").AssertOkAsync();
        Assert.Equal(CaseStatus.NotAccepted, (await team.WorkerApi.CaseAsync(opened.Id)).Status);
        await (await team.SupervisorApi.DecideIntakeAsync(opened.Id, true, "再次决定")).ProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task A_client_with_an_open_case_cannot_be_taken_in_a_second_time()
    {
        var team = await app.CaseTeamAsync();
        var client = await app.ClientAsync(team.Station, team.Worker);
        var first = await team.WorkerApi.OpenCaseOkAsync(client.Id);

        var problem = await (await team.WorkerApi.OpenCaseAsync(client.Id)).ProblemAsync(HttpStatusCode.Conflict);
        Assert.Contains(first.Number, problem.GetProperty("title").GetString());
    }

    [Fact]
    public async Task Enums_travel_by_name_and_a_number_is_refused_on_its_field()
    {
        var team = await app.CaseTeamAsync();
        var client = await app.ClientAsync(team.Station, team.Worker);

        var byNumber = await team.WorkerApi.SendAsync(new HttpRequestMessage(HttpMethod.Post, "/api/v1/cases")
        {
            Content = new StringContent($$"""{"clientId":"{{client.Id}}","source":2,"presentingNeeds":"独居老人，生活照料困难"}""",
                System.Text.Encoding.UTF8, "application/json"),
        });
        var problem = await byNumber.ProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("source", out _), problem.ToString());

        var opened = await team.WorkerApi.OpenCaseOkAsync(client.Id);
        using var raw = JsonDocument.Parse(await team.WorkerApi.GetStringAsync($"/api/v1/cases/{opened.Id}"));
        Assert.Equal("GridReport", raw.RootElement.GetProperty("source").GetString());
    }

    [Fact]
    public async Task Intake_date_in_the_future_and_a_worker_from_outside_the_station_are_refused()
    {
        var team = await app.CaseTeamAsync();
        var client = await app.ClientAsync(team.Station, team.Worker);
        var future = await (await team.WorkerApi.OpenCaseAsync(client.Id, intakeDate: DateOnly.FromDateTime(DateTime.UtcNow).AddDays(3)))
            .ProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(future.GetProperty("errors").TryGetProperty("intakeDate", out _));

        var elsewhere = await app.NewUserAsync(Roles.SocialWorker, await app.NewStationAsync());
        var outsider = await (await team.WorkerApi.OpenCaseAsync(client.Id, workerId: elsewhere.Id)).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(outsider.GetProperty("errors").TryGetProperty("workerId", out _));
        var notSupervisor = await (await team.WorkerApi.OpenCaseAsync(client.Id, supervisorId: team.Worker.Id)).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(notSupervisor.GetProperty("errors").TryGetProperty("supervisorId", out _));
    }

    [Fact]
    public async Task The_assigned_worker_cannot_decide_their_own_intake_but_the_director_may()
    {
        var team = await app.CaseTeamAsync();
        // A worker holding the review permission as well (a supervisor who also carries cases).
        var both = await app.NewUserAsync([Roles.SocialWorker, Roles.Supervisor], team.Station);
        using var bothApi = await app.ClientForAsync(both, team.Station);
        var own = await bothApi.OpenCaseOkAsync((await app.ClientAsync(team.Station, both)).Id);
        await (await bothApi.DecideIntakeAsync(own.Id, true, "同意")).ProblemAsync(HttpStatusCode.Forbidden);

        var directors = await team.DirectorApi.OpenCaseOkAsync((await app.ClientAsync(team.Station, team.Director)).Id);
        await team.DirectorApi.DecideIntakeAsync(directors.Id, true, "站长接案并同意").AssertOkAsync();
    }

    [Fact]
    public async Task A_stale_version_of_the_case_gets_409()
    {
        var team = await app.CaseTeamAsync();
        var opened = await team.WorkerApi.OpenCaseOkAsync((await app.ClientAsync(team.Station, team.Worker)).Id);
        var version = (await team.WorkerApi.CaseAsync(opened.Id)).Version;
        await team.SupervisorApi.DecideIntakeAsync(opened.Id, true, "同意接案", version).AssertOkAsync();
        await (await team.DirectorApi.DecideIntakeAsync(opened.Id, false, "不同意", version)).ProblemAsync(HttpStatusCode.Conflict);
    }

    [Fact]
    [Trait("Clause", "C1.3.4")]
    public async Task An_unassigned_worker_gets_404_on_the_case_and_cannot_take_in_a_client_they_cannot_see()
    {
        var team = await app.CaseTeamAsync();
        var client = await app.ClientAsync(team.Station, team.Worker);
        var opened = await team.WorkerApi.OpenCaseOkAsync(client.Id, team.Supervisor.Id);
        using var colleague = await app.ClientForAsync(await app.NewUserAsync(Roles.SocialWorker, team.Station), team.Station);

        Assert.Equal(HttpStatusCode.NotFound, (await colleague.GetAsync($"/api/v1/cases/{opened.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await colleague.GetAsync($"/api/v1/cases/{opened.Id}/assessments")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await colleague.GetAsync($"/api/v1/cases/{opened.Id}/plans")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await colleague.AssessAsync(opened.Id, IntakeApi.Assessment())).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await colleague.OpenCaseAsync(client.Id)).StatusCode);
        // The supervisor named on the case sees it (as do ViewAll holders).
        Assert.Equal(opened.Number, (await team.SupervisorApi.CaseAsync(opened.Id)).Number);
    }

    [Fact]
    public async Task Staff_list_offers_this_stations_people_with_their_roles()
    {
        var team = await app.CaseTeamAsync();
        var staff = await System.Net.Http.Json.HttpClientJsonExtensions.GetFromJsonAsync<List<SocialWorkStation.Modules.Cases.Features.Intake.StaffMember>>(
            team.WorkerApi, "/api/v1/cases/staff");
        Assert.Contains(staff!, s => s.Id == team.Supervisor.Id && s.Roles.Contains(Roles.Supervisor));
        Assert.Contains(staff!, s => s.Id == team.Worker.Id && s.Roles.Contains(Roles.SocialWorker));
        Assert.Equal(3, staff!.Count);
    }
}

[Collection(SqliteCollection.Name)] public sealed class IntakeOnSqlite(SqliteApp app) : IntakeTests(app);
[Collection(PostgresCollection.Name)] public sealed class IntakeOnPostgres(PostgresApp app) : IntakeTests(app);
