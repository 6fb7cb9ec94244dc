using SocialWorkStation.Modules.Cases.Domain;
using SocialWorkStation.Modules.Cases.Features.Clients;
using SocialWorkStation.Platform.Protection;

namespace SocialWorkStation.Benchmarks.Generator;

/// <summary>Everything one station recorded, in the order it must be written (parents before children).</summary>
internal sealed class StationBatch
{
    public List<Client> Clients { get; } = [];
    public List<HouseholdMember> Household { get; } = [];
    public List<Consent> Consents { get; } = [];
    public List<Case> Cases { get; } = [];
    public List<Assessment> Assessments { get; } = [];
    public List<ServicePlan> Plans { get; } = [];
    public List<Activity> Activities { get; } = [];
    public List<ActivityParticipant> Participants { get; } = [];
    public List<ServiceRecord> Services { get; } = [];
    public List<ProgressReview> Reviews { get; } = [];
    public List<CaseClosure> Closures { get; } = [];
    public List<FollowUp> FollowUps { get; } = [];
    public List<CaseEvent> Events { get; } = [];
    public List<Created> Created { get; } = [];
    public Dictionary<int, long> CaseNumbersByYear { get; } = [];
    public BenchWorker? Worker { get; set; }
}

/// <summary>One station's clients and their files: registration, intake, assessment, plan versions, services, group and
/// community activities, reviews, closure and follow-ups, each dated consistently and credited to the case the way the
/// use cases do it (counts, minutes, last contact, next contact due, timeline lines).</summary>
internal sealed partial class StationBuilder(StationInfo station, Scale scale, Fake f, IPersonalDataProtector protector,
    DateOnly today, IReadOnlyList<string> targetGroups, HashSet<string> issuedIdNumbers)
{
    private readonly StationBatch _batch = new();
    private Guid StationId => station.Station.Id;

    public StationBatch Build()
    {
        var clients = BuildClients(scale.PerStation(scale.Clients));
        var cases = BuildCases(clients, scale.PerStation(scale.Cases));
        BuildAssessmentsAndPlans(cases);
        BuildDelivery(cases, clients);
        PickBenchmarkWorker(cases);
        return _batch;
    }

    private void Record(object entity, DateTime at, Person by) => _batch.Created.Add(new Created(entity, at, by.Id, by.Name, StationId));

    private void Log(Case k, CaseEventKind kind, string text, DateTime at, Person by)
    {
        var e = new CaseEvent { Id = f.Id(at), StationId = StationId, CaseId = k.Id, At = at, Kind = kind, Text = text, UserId = by.Id, UserName = by.Name };
        _batch.Events.Add(e);
        Record(e, at, by);
    }

    private List<Client> BuildClients(int count)
    {
        var first = today.AddDays(-720);
        for (var i = 0; i < count; i++)
        {
            var by = f.Pick(station.Workers);
            var registered = f.TimeOn(f.DateBetween(first, today.AddDays(-10)));
            var (birth, groups) = AgeAndGroups();
            var gender = f.Chance(0.5) ? Gender.Male : Gender.Female;
            string id;
            while (!issuedIdNumbers.Add(id = Fake.IdNumber(station.RegionCode, birth, f.Rng.Next(500), gender))) birth = birth.AddDays(1);
            var phone = f.Mobile();
            var client = new Client
            {
                Id = f.Id(registered), StationId = StationId, Name = f.PersonName(), Gender = gender,
                IdNumberCipher = protector.Encrypt(id), IdNumberIndex = protector.BlindIndex(ClientRules.IdIndexPurpose, id),
                IdNumberMasked = Masking.IdNumber(id), PhoneCipher = protector.Encrypt(phone), PhoneMasked = Masking.Phone(phone),
                Address = $"{station.Station.Name[..2]}{f.Between(1, 30)}组{f.Between(1, 120)}号", RegisteredById = by.Id,
                RegisteredByName = by.Name, RegisteredAt = registered,
            };
            client.SetTargetGroups(groups);
            ClientBirth.Set(client, birth, protector);
            if (Client.IsUnder14(birth, today))
            {
                var guardianPhone = f.Mobile();
                (client.GuardianName, client.GuardianRelationship) = (f.Surname() + f.GivenName(), f.Pick(new[] { "母亲", "父亲", "祖母", "祖父" }));
                (client.GuardianPhoneCipher, client.GuardianPhoneMasked) = (protector.Encrypt(guardianPhone), Masking.Phone(guardianPhone));
            }
            _batch.Clients.Add(client);
            Record(client, registered, by);
            if (f.Chance(0.5))
            {
                var member = new HouseholdMember
                {
                    Id = f.Id(registered), ClientId = client.Id, Name = f.PersonName(), Relationship = f.Pick(new[] { "配偶", "子女", "父母", "孙子女" }),
                    Gender = f.Chance(0.5) ? Gender.Male : Gender.Female, LivesTogether = f.Chance(0.6),
                };
                _batch.Household.Add(member);
                Record(member, registered, by);
            }
        }
        return _batch.Clients;
    }

    /// <summary>Older people, children and working-age adults in the proportions a township station serves.</summary>
    private (DateOnly Birth, string[] Groups) AgeAndGroups()
    {
        var roll = f.Rng.NextDouble();
        if (roll < 0.45)
            return (today.AddYears(-f.Between(60, 92)).AddDays(-f.Rng.Next(365)), [f.Pick(new[] { "留守老人", "空巢老人", "独居老人", "特困人员" }), "低保对象"]);
        if (roll < 0.70)
            return (today.AddYears(-f.Between(3, 17)).AddDays(-f.Rng.Next(365)), [f.Pick(new[] { "困境儿童", "留守儿童", "事实无人抚养儿童" })]);
        return (today.AddYears(-f.Between(18, 59)).AddDays(-f.Rng.Next(365)),
            [f.Pick(targetGroups.Where(g => g is "低保对象" or "低保边缘" or "残疾人" or "支出型困难家庭" or "临时救助对象").ToList())]);
    }

    private static readonly (CaseStatus Status, double Share)[] StatusMix =
    [
        (CaseStatus.Intake, 0.04), (CaseStatus.Assessment, 0.05), (CaseStatus.Planning, 0.06), (CaseStatus.Intervention, 0.45),
        (CaseStatus.ClosurePending, 0.04), (CaseStatus.Closed, 0.32), (CaseStatus.NotAccepted, 0.04),
    ];

    private List<Case> BuildCases(List<Client> clients, int count)
    {
        var chosen = clients.OrderBy(_ => f.Rng.Next()).Take(count).ToList();
        var statuses = StatusMix.SelectMany(m => Enumerable.Repeat(m.Status, (int)Math.Round(m.Share * count))).ToList();
        while (statuses.Count < count) statuses.Add(CaseStatus.Intervention);
        var drafts = new List<(Client Client, CaseStatus Status, DateOnly Intake, Person Worker)>();
        for (var i = 0; i < count; i++)
        {
            var status = statuses[i];
            var registered = DateOnly.FromDateTime(chosen[i].RegisteredAt);
            // Cases still at the start of the process were opened recently; the others have had time to be served.
            var intake = status is CaseStatus.Intake or CaseStatus.Assessment or CaseStatus.Planning or CaseStatus.NotAccepted
                ? f.DateBetween(Max(registered, today.AddDays(-45)), today.AddDays(-1))
                : f.DateBetween(Max(registered, today.AddDays(-700)), today.AddDays(-120));
            drafts.Add((chosen[i], status, intake, station.Workers[i % station.Workers.Count]));
        }
        var perYear = new Dictionary<int, int>();
        foreach (var d in drafts.OrderBy(d => d.Intake))
        {
            var seq = perYear[d.Intake.Year] = perYear.GetValueOrDefault(d.Intake.Year) + 1;
            var opened = f.TimeOn(d.Intake);
            var k = new Case
            {
                Id = f.Id(opened), StationId = StationId, Number = $"{station.Station.Code}-GA-{d.Intake.Year}-{seq:0000}", ClientId = d.Client.Id,
                Source = (IntakeSource)f.Rng.Next(6), PresentingNeeds = f.Pick(Fake.Needs) + "方面存在困难，申请社工介入。", IntakeDate = d.Intake,
                Status = d.Status, WorkerId = d.Worker.Id, WorkerName = d.Worker.Name, SupervisorId = station.Supervisor.Id,
                SupervisorName = station.Supervisor.Name, CreatedAt = opened, UpdatedAt = opened,
            };
            _batch.Cases.Add(k);
            Record(k, opened, d.Worker);
            Log(k, CaseEventKind.Opened, $"接案：{d.Client.Name}，案号 {k.Number}", opened, d.Worker);
            if (d.Status != CaseStatus.Intake)
            {
                var decided = opened.AddDays(2);
                (k.Accepted, k.DecidedOn, k.SupervisorOpinion) = (d.Status != CaseStatus.NotAccepted, DateOnly.FromDateTime(decided),
                    d.Status == CaseStatus.NotAccepted ? "不符合本站服务范围，已转介相关部门。" : "同意接案，请尽快完成需求评估。");
                Log(k, CaseEventKind.IntakeDecided, (k.Accepted == true ? "同意接案：" : "不予接案：") + k.SupervisorOpinion, decided, station.Supervisor);
            }
            var consent = new Consent
            {
                Id = f.Id(opened), StationId = StationId, ClientId = d.Client.Id, Kind = ConsentKind.General, Form = ConsentForm.Written,
                Scope = "个人基本信息及服务记录用于个案服务与统计", GivenOn = d.Intake, RecordedById = d.Worker.Id, RecordedByName = d.Worker.Name,
                GuardianName = d.Client.GuardianName,
            };
            _batch.Consents.Add(consent);
            Record(consent, opened, d.Worker);
        }
        foreach (var (year, last) in perYear) _batch.CaseNumbersByYear[year] = last;
        return _batch.Cases;
    }

    private Person WorkerOf(Case k) => station.Workers.First(w => w.Id == k.WorkerId);
    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;
    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;
    private static DateOnly Day(DateTime t) => DateOnly.FromDateTime(t);

    /// <summary>A worker's cases for the runner: one with exactly <see cref="Scale.BigCaseRecords"/> records, the cases in
    /// service (writable), a client's full ID number and a two-character fragment of a client's name.</summary>
    private void PickBenchmarkWorker(List<Case> cases)
    {
        var worker = station.Workers[0];
        var mine = cases.Where(k => k.WorkerId == worker.Id).ToList();
        var big = mine.FirstOrDefault(k => k.ServiceCount == scale.BigCaseRecords) ?? mine.OrderByDescending(k => k.ServiceCount).First();
        var client = _batch.Clients.First(c => c.Id == big.ClientId);
        var fragment = _batch.Clients.Where(c => mine.Any(k => k.ClientId == c.Id) && c.Name.Length == 3).Select(c => c.Name[1..]).FirstOrDefault()
                       ?? client.Name[..2];
        _batch.Worker = new BenchWorker
        {
            UserName = worker.UserName, UserId = worker.Id, StationId = StationId, BigCaseId = big.Id,
            WritableCaseIds = mine.Where(k => k.Status == CaseStatus.Intervention).Select(k => k.Id).ToList(),
            ClientIdNumber = protector.Decrypt(client.IdNumberCipher)!, NameFragment = fragment, ListStatus = (int)CaseStatus.Intervention,
        };
    }
}
