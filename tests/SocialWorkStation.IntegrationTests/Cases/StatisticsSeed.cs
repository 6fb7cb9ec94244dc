using SocialWorkStation.IntegrationTests.Infrastructure;
using SocialWorkStation.Modules.Cases.Domain;
using SocialWorkStation.Platform.Identity;
using SocialWorkStation.Platform.Stations;

namespace SocialWorkStation.IntegrationTests.Cases;

/// <summary>A city bureau over two county centres (甲县: stations A1 and A2, 乙县: B1) with known work in October 2025
/// and around it, for the monthly statistics and the service ledger. Each call builds its own organisations, so a
/// county-wide user sees exactly these stations.</summary>
internal sealed record StatisticsCity(Organisation Bureau, Organisation CountyA, Organisation CountyB, Station A1, Station A2, Station B1,
    Case CaseA1, Case ClosedCaseA1, Case CaseB1, ServicePlan PlanB1, Client ClientA1)
{
    public const string Month = "2025-10";
    public static readonly DateOnly First = new(2025, 10, 1);
    public static readonly DateOnly Last = new(2025, 10, 31);

    public static async Task<StatisticsCity> ArrangeAsync(TestApp app)
    {
        var bureau = await app.NewOrganisationAsync("市民政局");
        var countyA = await app.NewOrganisationAsync("甲县社会工作指导中心", bureau);
        var countyB = await app.NewOrganisationAsync("乙县社会工作指导中心", bureau);
        var a1 = await app.NewStationAsync(null, countyA);
        var a2 = await app.NewStationAsync(null, countyA);
        var b1 = await app.NewStationAsync(null, countyB);

        // A1: two cases. In October: records of 60 (家访), 30 (电访) and 45 (面谈, last day) minutes; one new and one
        // closed case; an activity with 2 registered participants and 5 walk-ins; one follow-up done.
        var worker = await app.NewUserAsync(countyA, Roles.SocialWorker, a1);
        var client = await app.ClientAsync(a1, worker, app.Unique("周淑珍"));
        var open = await app.CaseAsync(a1, client, worker);
        var plan = await app.ApprovedPlanAsync(open, worker);
        await app.UpdateCaseAsync(open.Id, k => k.IntakeDate = First.AddDays(4));
        await app.ServiceRecordAsync(open, plan, First, ServiceType.HomeVisit, 60, place: "服务对象家中");
        await app.ServiceRecordAsync(open, plan, First.AddDays(9), ServiceType.PhoneCall, 30);
        await app.ServiceRecordAsync(open, plan, First.AddDays(-1), ServiceType.HomeVisit, 120);     // September

        var client2 = await app.ClientAsync(a1, worker, app.Unique("李建国"));
        var closed = await app.CaseAsync(a1, client2, worker);
        var plan2 = await app.ApprovedPlanAsync(closed, worker);
        await app.UpdateCaseAsync(closed.Id, k => { k.Status = CaseStatus.Closed; k.IntakeDate = First.AddMonths(-3); k.ClosedOn = Last; });
        await app.ServiceRecordAsync(closed, plan2, Last, ServiceType.Interview, 45);
        await app.ServiceRecordAsync(closed, plan2, Last.AddDays(1), ServiceType.Interview, 45);      // November

        await app.AddAsync(
            Activity(a1, worker, First.AddDays(14), walkIns: 5, client, client2),
            Activity(a1, worker, First.AddDays(-10), walkIns: 7, client),                                // September
            new FollowUp { StationId = a1.Id, CaseId = closed.Id, DueOn = Last, DoneOn = Last },
            new FollowUp { StationId = a1.Id, CaseId = closed.Id, DueOn = Last.AddMonths(1), DoneOn = Last.AddDays(1) },
            new FollowUp { StationId = a1.Id, CaseId = closed.Id, DueOn = Last.AddMonths(2) });

        // B1 (the other county): one 90-minute group session in October.
        var workerB = await app.NewUserAsync(countyB, Roles.SocialWorker, b1);
        var caseB = await app.CaseAsync(b1, await app.ClientAsync(b1, workerB, app.Unique("王秀英")), workerB);
        var planB = await app.ApprovedPlanAsync(caseB, workerB);
        await app.ServiceRecordAsync(caseB, planB, First.AddDays(20), ServiceType.Group, 90);

        return new StatisticsCity(bureau, countyA, countyB, a1, a2, b1, open, closed, caseB, planB, client);
    }

    private static Activity Activity(Station station, TestUser organiser, DateOnly on, int walkIns, params Client[] participants) => new()
    {
        StationId = station.Id, Kind = ActivityKind.Group, Title = "长者互助小组", Date = on, DurationMinutes = 90, Content = "小组活动",
        WalkInCount = walkIns, OrganiserId = organiser.Id, CreatedAt = DateTime.UtcNow,
        Participants = participants.Select(c => new ActivityParticipant { ClientId = c.Id, ClientName = c.Name }).ToList(),
    };
}
