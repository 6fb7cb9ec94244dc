using System.Net;
using SocialWorkStation.IntegrationTests.Admin;
using SocialWorkStation.IntegrationTests.Approvals;
using SocialWorkStation.IntegrationTests.Cases;
using SocialWorkStation.IntegrationTests.Infrastructure;
using SocialWorkStation.Modules.Cases.Domain;
using SocialWorkStation.Modules.Cases.Features.CaseFile;
using SocialWorkStation.Modules.Cases.Features.Caseload;
using SocialWorkStation.Platform.Common;
using SocialWorkStation.Platform.Identity;
using SocialWorkStation.Platform.Staff;
using static SocialWorkStation.IntegrationTests.Cases.IntakeApi;

namespace SocialWorkStation.IntegrationTests.Staff;

/// <summary>Records name people by staff id (docs/adr/012): names are read from the staff registry when shown, a person
/// without a login can be named, and only the station's active staff can be.</summary>
public abstract class StaffReferenceTests(TestApp app)
{
    [Fact]
    public async Task A_renamed_users_new_name_shows_on_their_old_records_in_pages_lists_exports_and_the_pdf()
    {
        var team = await app.CaseTeamAsync();
        var (caseId, needs) = await app.AssessedCaseAsync(team);
        var plan = await team.WorkerApi.DraftPlanOkAsync(caseId, Plan([needs[0].Id], [team.Worker.Id]));
        await team.SupervisorApi.ApproveAsync(await team.WorkerApi.SubmitPlanOkAsync(plan.Id)).AssertOkAsync();
        await team.WorkerApi.RecordServiceOkAsync(caseId);
        var oldName = await app.StaffNameAsync(team.Worker.Id);
        Assert.Equal(oldName, (await team.WorkerApi.CaseAsync(caseId)).WorkerName);

        var (admin, _, _) = await app.AdminAsync();
        var newName = app.Unique("更名社工");
        await admin.PutAsJsonAsync($"/api/v1/admin/users/{team.Worker.Id}",
            new { displayName = newName, roles = new[] { Roles.SocialWorker }, stationIds = new[] { team.Station.Id } }).AssertOkAsync();

        Assert.Equal(newName, (await team.WorkerApi.CaseAsync(caseId)).WorkerName);
        Assert.Equal(newName, (await team.WorkerApi.AssessmentsAsync(caseId)).Single().AssessorName);
        var shownPlan = (await team.WorkerApi.PlansAsync(caseId)).Single();
        Assert.Equal((newName, newName), (shownPlan.AuthorName, shownPlan.ResponsibleStaff));
        Assert.Equal(newName, (await team.WorkerApi.ServicesAsync(caseId)).Items.Single().WorkerName);
        var row = (await team.DirectorApi.GetFromJsonAsync<Paged<CaseRow>>("/api/v1/cases"))!.Items.Single(r => r.Id == caseId);
        Assert.Equal(newName, row.WorkerName);
        Assert.Contains(await team.DirectorApi.GetFromJsonAsync<List<CaseWorkerOption>>("/api/v1/cases/workers") ?? [],
            w => w.Id == team.Worker.Id && w.Name == newName);

        var file = (await team.DirectorApi.GetFromJsonAsync<CaseFileDto>($"/api/v1/cases/{caseId}/file"))!;
        var byWorker = file.Timeline.Where(e => e.Kind is CaseEventKind.Opened or CaseEventKind.Assessed or CaseEventKind.PlanSubmitted
            or CaseEventKind.ServiceRecorded).ToList();
        Assert.Equal(4, byWorker.Count);
        Assert.All(byWorker, e => Assert.Equal(newName, e.UserName));
        Assert.Equal(Enumerable.Repeat(newName, 5),
            new[] { file.WorkerName, file.Assessments.Single().AssessorName, file.Plans.Single().AuthorName, file.Plans.Single().ResponsibleStaff,
             file.Records.Single().WorkerName });

        var ledger = Assert.Single((await (await team.DirectorApi.GetAsync("/api/v1/cases/export.xlsx")).XlsxRowsAsync()),
            r => (string)r["案号"] == row.Number);
        Assert.Equal(newName, ledger["负责社工"]);
        var pdf = CaseFileTests.Normalise(await CaseFileTests.PdfTextAsync(
            await team.DirectorApi.GetByteArrayAsync($"/api/v1/cases/{caseId}/file.pdf")));
        Assert.Contains(newName, pdf);
        Assert.DoesNotContain(oldName, pdf);
    }

    [Fact]
    [Trait("Clause", "C3.2.1")]
    public async Task A_staff_member_without_a_login_can_be_named_responsible_on_a_plan()
    {
        var team = await app.CaseTeamAsync();
        var (caseId, needs) = await app.AssessedCaseAsync(team);
        var outsider = await app.StaffWithoutLoginAsync(team.Station, app.Unique("驻站社工"));

        var offered = await team.WorkerApi.GetFromJsonAsync<List<StaffRef>>($"/api/v1/stations/{team.Station.Id}/staff");
        Assert.Contains(offered!, s => s.Id == outsider.Id && s.UserId == null && s.Name == outsider.Name);
        var saved = await team.WorkerApi.DraftPlanOkAsync(caseId, Plan([needs[0].Id], [team.Worker.Id, outsider.Id]));

        var plan = await team.WorkerApi.PlanAsync(saved.Id);
        Assert.Equal([team.Worker.Id, outsider.Id], plan.ResponsibleStaffIds);
        Assert.Equal($"{await app.StaffNameAsync(team.Worker.Id)}、{outsider.Name}", plan.ResponsibleStaff);
        var file = (await team.DirectorApi.GetFromJsonAsync<CaseFileDto>($"/api/v1/cases/{caseId}/file"))!;
        Assert.Contains(outsider.Name, file.Plans.Single().ResponsibleStaff);
    }

    [Fact]
    [Trait("Clause", "C3.2.1")]
    public async Task Another_stations_staff_an_inactive_person_or_an_unknown_id_is_refused_with_a_400_on_the_field()
    {
        var team = await app.CaseTeamAsync();
        var (caseId, needs) = await app.AssessedCaseAsync(team);
        var elsewhere = await app.NewUserAsync(Roles.SocialWorker, await app.NewStationAsync());
        var departed = await app.StaffWithoutLoginAsync(team.Station, active: false);

        foreach (var id in new[] { elsewhere.Id, departed.Id, Guid.CreateVersion7() })
        {
            var refused = await (await team.WorkerApi.DraftPlanAsync(caseId, Plan([needs[0].Id], [team.Worker.Id, id])))
                .ProblemAsync(HttpStatusCode.BadRequest);
            Assert.True(refused.GetProperty("errors").TryGetProperty("responsibleStaffIds", out _), refused.ToString());
        }
        var none = await (await team.WorkerApi.DraftPlanAsync(caseId, Plan([needs[0].Id], []))).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(none.GetProperty("errors").TryGetProperty("responsibleStaffIds", out _), none.ToString());
        Assert.Empty(await team.WorkerApi.PlansAsync(caseId));
    }

    [Fact]
    public async Task A_stations_staff_list_is_visible_only_to_users_who_see_that_station()
    {
        var organisation = await app.NewOrganisationAsync("人员名单县");
        var a = await app.NewStationAsync(organisation: organisation);
        var b = await app.NewStationAsync(organisation: organisation);
        var workerA = await app.NewUserAsync(organisation, Roles.SocialWorker, a);
        var workerB = await app.NewUserAsync(organisation, Roles.SocialWorker, b);
        var evaluator = await app.NewUserAsync(organisation, Roles.Evaluator, a);
        var departed = await app.StaffWithoutLoginAsync(a, active: false);
        using var clientA = await app.ClientForAsync(workerA, a);

        var listA = (await clientA.GetFromJsonAsync<List<StaffRef>>($"/api/v1/stations/{a.Id}/staff"))!;
        Assert.Equal([workerA.Id], listA.Select(s => s.Id));
        Assert.Equal([Roles.SocialWorker], listA.Single().Roles);
        var withInactive = (await clientA.GetFromJsonAsync<List<StaffRef>>($"/api/v1/stations/{a.Id}/staff?includeInactive=true"))!;
        Assert.Equal(new[] { workerA.Id, departed.Id }.Order(), withInactive.Select(s => s.Id).Order());
        Assert.DoesNotContain(withInactive, s => s.Id == evaluator.Id); // reads the station, does not work there
        await (await clientA.GetAsync($"/api/v1/stations/{b.Id}/staff")).ProblemAsync(HttpStatusCode.NotFound);

        using var county = await app.ClientForAsync(await app.NewUserAsync(organisation, Roles.County));
        Assert.Equal([workerB.Id], (await county.GetFromJsonAsync<List<StaffRef>>($"/api/v1/stations/{b.Id}/staff"))!.Select(s => s.Id));
        var otherCounty = await app.NewOrganisationAsync("别县");
        using var outsider = await app.ClientForAsync(await app.NewUserAsync(otherCounty, Roles.County));
        await (await outsider.GetAsync($"/api/v1/stations/{a.Id}/staff")).ProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_new_account_gets_a_staff_record_under_its_own_id_that_follows_its_name_stations_and_state()
    {
        var (admin, _, station) = await app.AdminAsync();
        var other = await app.NewStationAsync();
        var created = await admin.CreateUserAsync(AdminApi.NewUserBody(app.Unique("staff"), Roles.SocialWorker, station.Id));

        var staff = await app.StaffAsync(created.Id);
        Assert.NotNull(staff);
        Assert.Equal((created.Id, created.DisplayName, true), (staff.UserId, staff.Name, staff.IsActive));
        Assert.Equal([station.Id], staff.Stations.Select(s => s.StationId));

        await admin.PutAsJsonAsync($"/api/v1/admin/users/{created.Id}",
            new { displayName = "调岗社工", roles = new[] { Roles.SocialWorker }, stationIds = new[] { other.Id } }).AssertOkAsync();
        await admin.PostAsync($"/api/v1/admin/users/{created.Id}/disable", null).AssertOkAsync();

        staff = await app.StaffAsync(created.Id);
        Assert.Equal(("调岗社工", false), (staff!.Name, staff.IsActive));
        Assert.Equal([other.Id], staff.Stations.Select(s => s.StationId));
    }
}

[Collection(SqliteCollection.Name)] public sealed class StaffReferenceOnSqlite(SqliteApp app) : StaffReferenceTests(app);
[Collection(PostgresCollection.Name)] public sealed class StaffReferenceOnPostgres(PostgresApp app) : StaffReferenceTests(app);
