using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SocialWorkStation.Data;
using SocialWorkStation.IntegrationTests.Cases;
using SocialWorkStation.IntegrationTests.Infrastructure;
using SocialWorkStation.Modules.Cases.Data;
using SocialWorkStation.Modules.Cases.Domain;
using SocialWorkStation.Modules.Cases.Features.CaseFile;
using SocialWorkStation.Modules.Cases.Features.Clients;
using SocialWorkStation.Platform;
using SocialWorkStation.Platform.Identity;
using SocialWorkStation.Platform.Modules;
using SocialWorkStation.Platform.Stations;

namespace SocialWorkStation.IntegrationTests.Staff;

/// <summary>The start-up step of docs/adr/012 on rows written the way the previous release wrote them: accounts without
/// staff records, records holding user ids and copied names, the new id columns empty.</summary>
public abstract class StaffUpgradeTests(TestApp app)
{
    private const string Outside = "外聘社工老周";
    private const string RemovedAccount = "已删除账号的社工";

    /// <summary>The step as the host runs it after the migrations.</summary>
    protected async Task UpgradeAsync()
    {
        await using var scope = app.SystemScope();
        await DatabaseSetup.UpgradeDataAsync(scope.ServiceProvider.GetRequiredService<AppDbContext>(),
            scope.ServiceProvider.GetServices<IDataUpgrade>());
    }

    /// <summary>The previous release made no staff records: these accounts lose theirs.</summary>
    protected async Task AsBeforeStaffRecordsAsync(params TestUser[] users)
    {
        await using var scope = app.SystemScope();
        var db = scope.ServiceProvider.GetRequiredService<IPlatformDb>();
        var ids = users.Select(u => u.Id).ToList();
        db.Staff.RemoveRange(await db.Staff.Include(s => s.Stations).Where(s => ids.Contains(s.Id)).ToListAsync());
        await db.SaveChangesAsync();
    }

    private sealed record OldRecords(Station Station, Client Client, Case Case, CaseEvent ByWorker, CaseEvent BySupervisor,
        CaseEvent BySystem, Consent Consent, FollowUp Done, FollowUp Pending, ServiceRecord ByRemovedAccount, ServicePlan Matched,
        ServicePlan Unmatched, Guid RemovedAccountId);

    [Fact]
    public async Task The_upgrade_gives_every_old_record_its_staff_ids_and_every_shown_name_stays_as_it_was()
    {
        var station = await app.NewStationAsync();
        var worker = await app.NewUserAsync(Roles.SocialWorker, station);
        var supervisor = await app.NewUserAsync(Roles.Supervisor, station);
        var namesake = await app.NewUserAsync(Roles.SocialWorker, station);
        var director = await app.NewUserAsync(Roles.Director, station);
        var (workerName, supervisorName, directorName) =
            (await app.StaffNameAsync(worker.Id), await app.StaffNameAsync(supervisor.Id), await app.StaffNameAsync(director.Id));
        await GiveNameAsync(namesake, workerName); // the worker's name alone cannot tell who wrote a line
        await AsBeforeStaffRecordsAsync(worker, supervisor);
        var old = await OldRecordsAsync(station, worker, supervisor, workerName, supervisorName, directorName);
        using var reader = await app.ClientForAsync(director, station);
        var before = await ShownNamesAsync(reader, old);

        await UpgradeAsync();

        Assert.Equal(before, await ShownNamesAsync(reader, old));
        foreach (var (user, name) in new[] { (worker, workerName), (supervisor, supervisorName) })
        {
            var staff = await app.StaffAsync(user.Id);
            Assert.NotNull(staff);
            Assert.Equal((user.Id, name, true), (staff.UserId, staff.Name, staff.IsActive));
            Assert.Equal([station.Id], staff.Stations.Select(s => s.StationId));
        }
        await using var scope = app.SystemScope();
        var db = scope.ServiceProvider.GetRequiredService<CasesDb>();
        var events = await db.CaseEvents.AsNoTracking().Where(e => e.CaseId == old.Case.Id).ToDictionaryAsync(e => e.Id, e => e.UserId);
        Assert.Equal(worker.Id, events[old.ByWorker.Id]);          // from the audit trail, not the ambiguous name
        Assert.Equal(supervisor.Id, events[old.BySupervisor.Id]);  // by the one staff member with the name
        Assert.Null(events[old.BySystem.Id]);                      // the system is nobody's staff
        Assert.Equal(supervisor.Id, (await db.Consents.AsNoTracking().SingleAsync(c => c.Id == old.Consent.Id)).RecordedById);
        var followUps = await db.FollowUps.AsNoTracking().Where(f => f.CaseId == old.Case.Id).ToDictionaryAsync(f => f.Id, f => f.RecordedById);
        Assert.Null(followUps[old.Pending.Id]);
        var outside = await app.StaffAsync(followUps[old.Done.Id]!.Value);
        Assert.Equal((Outside, (Guid?)null, false, station.Id), (outside!.Name, outside.UserId, outside.IsActive, outside.Stations.Single().StationId));
        var removed = await app.StaffAsync(old.RemovedAccountId);
        Assert.Equal((RemovedAccount, (Guid?)null, false), (removed!.Name, removed.UserId, removed.IsActive));
        var plans = await db.ServicePlans.AsNoTracking().Where(p => p.CaseId == old.Case.Id).ToDictionaryAsync(p => p.Id);
        Assert.Equal([supervisor.Id, director.Id], plans[old.Matched.Id].ResponsibleStaffIds);
        Assert.Equal("", plans[old.Matched.Id].ResponsibleStaff);
        Assert.Empty(plans[old.Unmatched.Id].ResponsibleStaffIds);
        Assert.Equal(old.Unmatched.ResponsibleStaff, plans[old.Unmatched.Id].ResponsibleStaff);

        var staffCount = await StaffCountAsync();
        await UpgradeAsync();
        Assert.Equal(staffCount, await StaffCountAsync());
        Assert.Equal(before, await ShownNamesAsync(reader, old));
    }

    private async Task<OldRecords> OldRecordsAsync(Station station, TestUser worker, TestUser supervisor, string workerName,
        string supervisorName, string directorName)
    {
        var client = await app.ClientAsync(station, worker);
        await app.UpdateClientAsync(client.Id, c => c.RegisteredByName = workerName);
        var item = await app.CaseAsync(station, client, worker, CaseStatus.Intervention);
        await app.UpdateCaseAsync(item.Id, k => (k.WorkerName, k.SupervisorId, k.SupervisorName) = (workerName, supervisor.Id, supervisorName));
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var matched = new ServicePlan
        {
            StationId = station.Id, CaseId = item.Id, VersionNo = 1, Status = PlanStatus.Approved, Content = "内容", Methods = "方法",
            StartOn = today, EndOn = today.AddMonths(3), PlannedSessions = 6, Goals = [new PlanGoal(Guid.CreateVersion7(), "目标", "衡量", [])],
            ResponsibleStaff = $"{supervisorName}、{directorName}", AuthorId = worker.Id, AuthorName = workerName, CreatedAt = DateTime.UtcNow,
        };
        var unmatched = new ServicePlan
        {
            StationId = station.Id, CaseId = item.Id, VersionNo = 2, Status = PlanStatus.Draft, Content = "内容", Methods = "方法",
            StartOn = today, EndOn = today.AddMonths(3), PlannedSessions = 6, Goals = [new PlanGoal(Guid.CreateVersion7(), "目标", "衡量", [])],
            ResponsibleStaff = $"{supervisorName}、志愿者小王", AuthorId = worker.Id, AuthorName = workerName, CreatedAt = DateTime.UtcNow,
        };
        var removedAccount = Guid.CreateVersion7();
        var byRemoved = new ServiceRecord
        {
            StationId = station.Id, CaseId = item.Id, PlanId = matched.Id, ServiceDate = today, DurationMinutes = 30, Type = ServiceType.PhoneCall,
            Content = "电话了解近况", WorkerId = removedAccount, WorkerName = RemovedAccount, CreatedAt = DateTime.UtcNow,
        };
        var consent = new Consent
        {
            StationId = station.Id, ClientId = client.Id, Kind = ConsentKind.General, Form = ConsentForm.Written, Scope = "个案服务",
            GivenOn = today, RecordedByName = supervisorName,
        };
        var done = new FollowUp { StationId = station.Id, CaseId = item.Id, DueOn = today, DoneOn = today, Method = "电话", Findings = "生活稳定", RecordedByName = Outside };
        var pending = new FollowUp { StationId = station.Id, CaseId = item.Id, DueOn = today.AddMonths(2) };
        CaseEvent Line(string text, string name) =>
            new() { StationId = station.Id, CaseId = item.Id, At = DateTime.UtcNow, Kind = CaseEventKind.Reviewed, Text = text, UserName = name };
        var bySupervisor = Line("督导记录", supervisorName);
        var bySystem = Line("系统记录", "system");
        await app.AddAsync(matched, unmatched, byRemoved, consent, done, pending, bySupervisor, bySystem);
        // Written under the worker's login: the audit trail keeps who wrote it, whatever the copied name says.
        var byWorker = Line("社工记录", workerName);
        await using (var scope = await app.UserScopeAsync(worker, station))
        {
            var db = scope.ServiceProvider.GetRequiredService<CasesDb>();
            db.CaseEvents.Add(byWorker);
            await db.SaveChangesAsync();
        }
        // What the migration leaves in the new list column of existing plans.
        await using (var scope = app.SystemScope())
            await scope.ServiceProvider.GetRequiredService<CasesDb>().Database.ExecuteSqlAsync(
                $"""UPDATE cases_plan SET "ResponsibleStaffIds" = '' WHERE "CaseId" = {item.Id}""");
        return new OldRecords(station, client, item, byWorker, bySupervisor, bySystem, consent, done, pending, byRemoved, matched,
            unmatched, removedAccount);
    }

    /// <summary>Every name the case's pages show for the people on its records.</summary>
    private static async Task<List<string>> ShownNamesAsync(HttpClient reader, OldRecords old)
    {
        var header = await reader.CaseAsync(old.Case.Id);
        var client = (await reader.GetFromJsonAsync<ClientDetail>($"/api/v1/clients/{old.Client.Id}"))!;
        var file = (await reader.GetFromJsonAsync<CaseFileDto>($"/api/v1/cases/{old.Case.Id}/file"))!;
        var plans = await reader.PlansAsync(old.Case.Id);
        return
        [
            header.WorkerName, header.SupervisorName ?? "", client.RegisteredByName, .. client.Consents.Select(c => c.RecordedByName),
            file.WorkerName, file.SupervisorName ?? "", .. file.Plans.Select(p => $"{p.AuthorName}|{p.ResponsibleStaff}"),
            .. file.Records.Select(r => r.WorkerName), .. file.FollowUps.Select(f => f.RecordedByName ?? "-"),
            .. file.Timeline.Select(e => $"{e.Text}|{e.UserName}").Order(StringComparer.Ordinal),
            .. plans.Select(p => $"{p.VersionNo}|{p.AuthorName}|{p.ResponsibleStaff}"),
        ];
    }

    private async Task GiveNameAsync(TestUser user, string name)
    {
        await using var scope = app.SystemScope();
        var db = scope.ServiceProvider.GetRequiredService<IPlatformDb>();
        (await db.Users.SingleAsync(u => u.Id == user.Id)).DisplayName = name;
        (await db.Staff.SingleAsync(s => s.UserId == user.Id)).Name = name;
        await db.SaveChangesAsync();
    }

    protected async Task<int> StaffCountAsync()
    {
        await using var scope = app.SystemScope();
        return await scope.ServiceProvider.GetRequiredService<IPlatformDb>().Staff.CountAsync();
    }
}

[Collection(SqliteCollection.Name)] public sealed class StaffUpgradeOnSqlite(SqliteApp app) : StaffUpgradeTests(app);

[Collection(PostgresCollection.Name)]
public sealed class StaffUpgradeOnPostgres(PostgresApp app) : StaffUpgradeTests(app)
{
    /// <summary>Several app nodes may share one PostgreSQL (README); SQLite has one app process by design.</summary>
    [Fact]
    public async Task Two_nodes_starting_at_once_convert_each_record_once()
    {
        var station = await app.NewStationAsync();
        var users = new[] { await app.NewUserAsync(Roles.SocialWorker, station), await app.NewUserAsync(Roles.Supervisor, station) };
        var client = await app.ClientAsync(station, users[0]);
        var stranger = app.Unique("外聘人员");
        await app.AddAsync(new Consent
        {
            StationId = station.Id, ClientId = client.Id, Kind = ConsentKind.General, Form = ConsentForm.Oral, Scope = "个案服务",
            GivenOn = DateOnly.FromDateTime(DateTime.UtcNow), RecordedByName = stranger,
        });
        await AsBeforeStaffRecordsAsync(users);

        // Without the advisory lock both would insert the same staff records (a key violation) and two records for the stranger.
        await Task.WhenAll(UpgradeAsync(), UpgradeAsync());

        await using var scope = app.SystemScope();
        var db = scope.ServiceProvider.GetRequiredService<IPlatformDb>();
        var ids = users.Select(u => u.Id).ToList();
        Assert.Equal(ids.Order(), (await db.Staff.Where(s => ids.Contains(s.Id)).Select(s => s.Id).ToListAsync()).Order());
        Assert.Equal(1, await db.Staff.CountAsync(s => s.Name == stranger));
    }
}
