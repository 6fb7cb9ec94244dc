using Microsoft.EntityFrameworkCore;
using SocialWorkStation.Platform;
using SocialWorkStation.Platform.Modules;
using SocialWorkStation.Platform.Staff;

namespace SocialWorkStation.Modules.Cases.Data;

/// <summary>Start-up step (docs/adr/012) that makes every person named on a Cases record a staff id, after the platform's
/// step gave every login a staff record under the login's own id (so worker, supervisor, assessor, reviewer, author,
/// requester, registrar and organiser ids are already staff ids):
/// 1. an id that names nobody (an account since removed) becomes an inactive staff record without a login, named as the
///    record names it, serving the record's station;
/// 2. rows that kept only a name (timeline lines, consents, follow-ups) get the staff id of whoever wrote them, read from
///    the audit trail, else of the one staff member of the station with that name, else of a new inactive record so named;
/// 3. a plan's free-text responsible staff become ids when every name in it is exactly one of the station's staff;
///    otherwise the text stays, shown as written.
/// Every statement touches only unconverted rows, so a second run changes nothing. Bulk updates of the id columns are
/// not audited (they add a reference, the visible content is unchanged); new staff records are.</summary>
internal sealed class StaffReferencesUpgrade(CasesDb db, IPlatformDb platform, TimeProvider clock) : IDataUpgrade
{
    /// <summary>The name the system user left on timeline lines (start-up, seeding): nobody to refer to.</summary>
    private const string SystemName = "system";

    public int Order => 100;

    public async Task RunAsync(CancellationToken ct)
    {
        var organisations = await platform.Stations.AsNoTracking().ToDictionaryAsync(s => s.Id, s => s.OrganisationId, ct);
        var serving = await (from x in platform.StaffStations
                             join s in platform.Staff on x.StaffId equals s.Id
                             select new { x.StationId, s.Id, s.Name }).AsNoTracking().ToListAsync(ct);
        var people = new StationPeople(organisations, serving.Select(r => (r.StationId, r.Id, r.Name)), clock.GetUtcNow().UtcDateTime);

        await AddUnknownIdsAsync(people, ct);
        await FillFromAuditAsync(ct);
        await FillByNameAsync(people, ct);
        foreach (var staff in people.Created) platform.Staff.Add(staff);
        await db.SaveChangesAsync(ct);
        await MatchResponsibleStaffAsync(people, ct);
    }

    private async Task AddUnknownIdsAsync(StationPeople people, CancellationToken ct)
    {
        var mentions = new List<Mention>();
        async Task Collect(IQueryable<Mention> rows) =>
            mentions.AddRange(await rows.Where(m => m.Id != Guid.Empty && !platform.Staff.Any(s => s.Id == m.Id)).Distinct().ToListAsync(ct));

        await Collect(db.Cases.Select(k => new Mention { Id = k.WorkerId, StationId = k.StationId, Name = k.WorkerName }));
        await Collect(db.Cases.Where(k => k.SupervisorId != null)
            .Select(k => new Mention { Id = k.SupervisorId!.Value, StationId = k.StationId, Name = k.SupervisorName }));
        await Collect(db.Clients.Select(c => new Mention { Id = c.RegisteredById, StationId = c.StationId, Name = c.RegisteredByName }));
        await Collect(db.Assessments.Select(a => new Mention { Id = a.AssessorId, StationId = a.StationId, Name = a.AssessorName }));
        await Collect(db.ServicePlans.Select(p => new Mention { Id = p.AuthorId, StationId = p.StationId, Name = p.AuthorName }));
        await Collect(db.ServiceRecords.Select(r => new Mention { Id = r.WorkerId, StationId = r.StationId, Name = r.WorkerName }));
        await Collect(db.Activities.Select(a => new Mention { Id = a.OrganiserId, StationId = a.StationId, Name = a.OrganiserName }));
        await Collect(db.ProgressReviews.Select(r => new Mention { Id = r.ReviewerId, StationId = r.StationId, Name = r.ReviewerName }));
        await Collect(db.Closures.Select(c => new Mention { Id = c.RequestedById, StationId = c.StationId, Name = c.RequestedByName }));

        foreach (var person in mentions.GroupBy(m => m.Id))
            people.Create(person.Key, person.Select(m => m.Name).FirstOrDefault(n => !string.IsNullOrWhiteSpace(n)) ?? "",
                person.Select(m => m.StationId).Distinct());
    }

    /// <summary>The audit row of the write that set the name tells whose login wrote it; that login's staff record is the person.</summary>
    private async Task FillFromAuditAsync(CancellationToken ct)
    {
        string Writer(string entity, string table, string action, string? changed = null) =>
            $"""
             (SELECT s."Id" FROM platform_audit a JOIN platform_staff s ON s."UserId" = a."UserId"
              WHERE a."Entity" = '{entity}' AND a."Action" = '{action}'
                AND a."EntityKey" = {(db.IsPostgres ? $"{table}.\"Id\"::text" : $"lower({table}.\"Id\")")}
                {(changed is null ? "" : $"AND a.\"Changes\" LIKE '%\"{changed}\"%'")}
              ORDER BY a."Sequence" DESC LIMIT 1)
             """;
        // Built from constants only (no user input), hence raw SQL: the key's text form differs per provider.
        string[] statements =
        [
            $"""UPDATE cases_case_event SET "UserId" = {Writer("CaseEvent", "cases_case_event", "Create")} WHERE "UserId" IS NULL""",
            $"""UPDATE cases_consent SET "RecordedById" = {Writer("Consent", "cases_consent", "Create")} WHERE "RecordedById" IS NULL""",
            $"""
             UPDATE cases_follow_up SET "RecordedById" = {Writer("FollowUp", "cases_follow_up", "Update", "RecordedByName")}
             WHERE "RecordedById" IS NULL AND "RecordedByName" IS NOT NULL
             """,
        ];
        foreach (var sql in statements) await db.Database.ExecuteSqlRawAsync(sql, ct);
    }

    private async Task FillByNameAsync(StationPeople people, CancellationToken ct)
    {
        foreach (var (station, name) in await Pairs(db.CaseEvents.Where(e => e.UserId == null && e.UserName != "" && e.UserName != SystemName)
                     .Select(e => new Mention { StationId = e.StationId, Name = e.UserName })))
        {
            var id = people.Named(station, name);
            await db.CaseEvents.Where(e => e.UserId == null && e.StationId == station && e.UserName == name)
                .ExecuteUpdateAsync(s => s.SetProperty(e => e.UserId, id), ct);
        }
        foreach (var (station, name) in await Pairs(db.Consents.Where(c => c.RecordedById == null && c.RecordedByName != "")
                     .Select(c => new Mention { StationId = c.StationId, Name = c.RecordedByName })))
        {
            var id = people.Named(station, name);
            await db.Consents.Where(c => c.RecordedById == null && c.StationId == station && c.RecordedByName == name)
                .ExecuteUpdateAsync(s => s.SetProperty(c => c.RecordedById, id), ct);
        }
        foreach (var (station, name) in await Pairs(db.FollowUps.Where(f => f.RecordedById == null && f.RecordedByName != null && f.RecordedByName != "")
                     .Select(f => new Mention { StationId = f.StationId, Name = f.RecordedByName })))
        {
            var id = people.Named(station, name);
            await db.FollowUps.Where(f => f.RecordedById == null && f.StationId == station && f.RecordedByName == name)
                .ExecuteUpdateAsync(s => s.SetProperty(f => f.RecordedById, id), ct);
        }

        async Task<List<(Guid Station, string Name)>> Pairs(IQueryable<Mention> rows) =>
            (await rows.Distinct().ToListAsync(ct)).Select(m => (m.StationId, m.Name ?? "")).ToList();
    }

    private async Task MatchResponsibleStaffAsync(StationPeople people, CancellationToken ct)
    {
        var texts = await db.ServicePlans.Where(p => p.ResponsibleStaff != "")
            .Select(p => new Mention { StationId = p.StationId, Name = p.ResponsibleStaff }).Distinct().ToListAsync(ct);
        foreach (var text in texts)
        {
            if (StaffRules.MatchNames(text.Name, people.Of(text.StationId)) is not { } ids) continue;
            await db.ServicePlans.Where(p => p.StationId == text.StationId && p.ResponsibleStaff == text.Name)
                .ExecuteUpdateAsync(s => s.SetProperty(p => p.ResponsibleStaffIds, ids.ToList()).SetProperty(p => p.ResponsibleStaff, ""), ct);
        }
    }

    /// <summary>A person as one row names them (member-init, so EF can filter and de-duplicate it in SQL).</summary>
    private sealed class Mention
    {
        public Guid Id { get; init; }
        public Guid StationId { get; init; }
        public string? Name { get; init; }
    }

    /// <summary>Who serves each station, by name, including people added by this run.</summary>
    private sealed class StationPeople(IReadOnlyDictionary<Guid, Guid> organisations, IEnumerable<(Guid StationId, Guid Id, string Name)> staff, DateTime now)
    {
        private readonly List<(Guid StationId, Guid Id, string Name)> _staff = staff.ToList();
        private readonly Dictionary<(Guid, string), Guid> _named = [];
        public List<StaffRecord> Created { get; } = [];

        public IEnumerable<(Guid Id, string Name)> Of(Guid stationId) =>
            _staff.Where(s => s.StationId == stationId).Select(s => (s.Id, s.Name));

        /// <summary>The one person of the station with this name, else a new inactive record so named (a namesake pair
        /// is not guessed between).</summary>
        public Guid Named(Guid stationId, string name)
        {
            var trimmed = name.Trim();
            if (_named.TryGetValue((stationId, trimmed), out var known)) return known;
            var matches = Of(stationId).Where(s => s.Name == trimmed).Select(s => s.Id).Distinct().ToList();
            return _named[(stationId, trimmed)] = matches.Count == 1 ? matches[0] : Create(Guid.CreateVersion7(), trimmed, [stationId]);
        }

        public Guid Create(Guid id, string name, IEnumerable<Guid> stationIds)
        {
            var stations = stationIds.Where(organisations.ContainsKey).ToList();
            var record = new StaffRecord
            {
                Id = id, Name = name.Length > 50 ? name[..50] : name, IsActive = false, CreatedAt = now,
                OrganisationId = stations.Select(s => organisations[s]).FirstOrDefault(organisations.Values.FirstOrDefault()),
            };
            record.Stations.AddRange(stations.Select(s => new StaffStation { StaffId = id, StationId = s }));
            Created.Add(record);
            _staff.AddRange(stations.Select(s => (s, id, record.Name)));
            return id;
        }
    }
}
