using Microsoft.Extensions.DependencyInjection;
using SocialWorkStation.IntegrationTests.Infrastructure;
using SocialWorkStation.Modules.Cases.Data;
using SocialWorkStation.Modules.Cases.Domain;
using SocialWorkStation.Platform.Identity;
using SocialWorkStation.Platform.Stations;

namespace SocialWorkStation.IntegrationTests.Cases;

/// <summary>Station-B records for every delivery route with an id (services, activities, reviews, closures, follow-ups).</summary>
public sealed class ServiceDeliveryStationBRecords : IStationBRecords
{
    private const string ServiceBody = """{"serviceDate":"2026-01-05","durationMinutes":30,"type":"HomeVisit","content":"探访","version":1}""";
    private const string ClosureBody = """{"reason":"GoalsAchieved","summary":"总结","goalAttainment":"达成","clientEvaluation":"满意","lessons":"经验","version":1}""";

    public async Task<IReadOnlyDictionary<string, StationBRecord>> CreateAsync(TestApp app, Station b)
    {
        var worker = await app.NewUserAsync(Roles.SocialWorker, b);
        var client = await app.ClientAsync(b, worker);
        var item = await app.CaseAsync(b, client, worker);
        var plan = await app.ApprovedPlanAsync(item, worker);

        await using var scope = app.SystemScope();
        var db = scope.ServiceProvider.GetRequiredService<CasesDb>();
        var service = new ServiceRecord
        {
            StationId = b.Id, CaseId = item.Id, PlanId = plan.Id, ServiceDate = new DateOnly(2026, 1, 5), DurationMinutes = 30,
            Type = ServiceType.HomeVisit, Content = "探访", WorkerId = worker.Id, WorkerName = worker.UserName, CreatedAt = DateTime.UtcNow,
        };
        var activity = new Activity
        {
            StationId = b.Id, Title = "B站小组", Date = new DateOnly(2026, 1, 5), DurationMinutes = 60, Content = "小组活动",
            OrganiserId = worker.Id, CreatedAt = DateTime.UtcNow,
        };
        activity.Participants.Add(new ActivityParticipant { ActivityId = activity.Id, ClientId = client.Id, ClientName = client.Name, CaseId = item.Id });
        var closure = new CaseClosure
        {
            StationId = b.Id, CaseId = item.Id, Summary = "总结", GoalAttainment = "达成", Lessons = "经验", Status = ClosureStatus.Returned,
            RequestedById = worker.Id, RequestedAt = DateTime.UtcNow,
        };
        var followUp = new FollowUp { StationId = b.Id, CaseId = item.Id, DueOn = new DateOnly(2026, 2, 5) };
        db.ServiceRecords.Add(service);
        db.Activities.Add(activity);
        db.Closures.Add(closure);
        db.FollowUps.Add(followUp);
        await db.SaveChangesAsync();

        var caseUrl = $"/api/v1/cases/{item.Id}";
        return new Dictionary<string, StationBRecord>
        {
            ["/api/v1/cases/{id:guid}/services"] = new($"{caseUrl}/services", ServiceBody),
            ["/api/v1/cases/{id:guid}/reviews"] = new($"{caseUrl}/reviews", """{"reviewedOn":"2026-01-05","summary":"小结","decision":"Continue","scores":[]}"""),
            ["/api/v1/cases/{id:guid}/closure"] = new($"{caseUrl}/closure", ClosureBody),
            ["/api/v1/cases/{id:guid}/follow-ups"] = new($"{caseUrl}/follow-ups"),
            ["/api/v1/cases/{id:guid}/reopen"] = new($"{caseUrl}/reopen", """{"reason":"需要重新评估"}"""),
            ["/api/v1/services/{id:guid}"] = new($"/api/v1/services/{service.Id}", ServiceBody),
            ["/api/v1/activities/{id:guid}"] = new($"/api/v1/activities/{activity.Id}"),
            ["/api/v1/closures/{id:guid}/resubmit"] = new($"/api/v1/closures/{closure.Id}/resubmit", ClosureBody),
            ["/api/v1/follow-ups/{id:guid}/record"] = new($"/api/v1/follow-ups/{followUp.Id}/record",
                """{"doneOn":"2026-02-05","method":"电话","findings":"情况良好"}"""),
        };
    }
}
