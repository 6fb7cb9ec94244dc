using Microsoft.Extensions.DependencyInjection;
using SocialWorkStation.IntegrationTests.Infrastructure;
using SocialWorkStation.Modules.Cases.Data;
using SocialWorkStation.Modules.Cases.Domain;
using SocialWorkStation.Modules.Cases.Features.Clients;
using SocialWorkStation.Platform.Protection;
using SocialWorkStation.Platform.Stations;

namespace SocialWorkStation.IntegrationTests.Cases;

/// <summary>Arrangement only: puts prerequisite records straight into the database so a test can exercise one step
/// of the casework process through HTTP. Behaviour under test always goes through the API.</summary>
public static class CasesSeed
{
    /// <summary>A valid GB 11643 number for the birth date, unique per call.</summary>
    public static string IdNumber(DateOnly birth, bool male = true)
    {
        var seq = Random.Shared.Next(0, 500) * 2 + (male ? 1 : 0);
        var body = $"330106{birth:yyyyMMdd}{seq:000}"[..17];
        int[] w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
        return body + "10X98765432"[body.Select((c, i) => (c - '0') * w[i]).Sum() % 11];
    }

    internal static async Task<Client> ClientAsync(this TestApp app, Station station, TestUser registeredBy, string? name = null, DateOnly? birth = null)
    {
        await using var scope = app.SystemScope();
        var db = scope.ServiceProvider.GetRequiredService<CasesDb>();
        var protector = scope.ServiceProvider.GetRequiredService<IPersonalDataProtector>();
        var born = birth ?? new DateOnly(1950, 3, 15);
        var id = IdNumber(born);
        var client = new Client
        {
            StationId = station.Id, Name = name ?? app.Unique("张"), Gender = Gender.Male,
            IdNumberCipher = protector.Encrypt(id), IdNumberIndex = protector.BlindIndex("id", id), IdNumberMasked = Masking.IdNumber(id),
            RegisteredById = registeredBy.Id, RegisteredByName = registeredBy.UserName, RegisteredAt = DateTime.UtcNow,
        };
        ClientBirth.Set(client, born, protector);
        db.Clients.Add(client);
        await db.SaveChangesAsync();
        return client;
    }

    internal static async Task<Case> CaseAsync(this TestApp app, Station station, Client client, TestUser worker,
        CaseStatus status = CaseStatus.Assessment, TestUser? supervisor = null)
    {
        await using var scope = app.SystemScope();
        var db = scope.ServiceProvider.GetRequiredService<CasesDb>();
        var item = new Case
        {
            StationId = station.Id, Number = app.Unique("GA-"), ClientId = client.Id, Source = IntakeSource.SelfReferral,
            PresentingNeeds = "独居，行动不便，需要生活照料与情绪支持", IntakeDate = DateOnly.FromDateTime(DateTime.UtcNow), Status = status,
            WorkerId = worker.Id, WorkerName = worker.UserName, SupervisorId = supervisor?.Id, SupervisorName = supervisor?.UserName,
            Accepted = true, CreatedAt = DateTime.UtcNow, UpdatedAt = DateTime.UtcNow,
        };
        db.Cases.Add(item);
        await db.SaveChangesAsync();
        return item;
    }

    /// <summary>An approved plan version 1 with one goal; the case moves to 介入 (intervention).</summary>
    internal static async Task<ServicePlan> ApprovedPlanAsync(this TestApp app, Case item, TestUser author)
    {
        await using var scope = app.SystemScope();
        var db = scope.ServiceProvider.GetRequiredService<CasesDb>();
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var plan = new ServicePlan
        {
            StationId = item.StationId, CaseId = item.Id, VersionNo = 1, Status = PlanStatus.Approved,
            Goals = [new PlanGoal(Guid.CreateVersion7(), "每周至少两次外出活动", "每周外出次数 ≥ 2", [])],
            Content = "生活照料链接与情绪支持", Methods = "个案辅导、资源链接", StartOn = today, EndOn = today.AddMonths(3),
            PlannedSessions = 6, ResponsibleStaff = author.UserName, AuthorId = author.Id, AuthorName = author.UserName,
            CreatedAt = DateTime.UtcNow, SubmittedAt = DateTime.UtcNow, ApprovedAt = DateTime.UtcNow,
        };
        db.ServicePlans.Add(plan);
        var tracked = await db.Cases.FindAsync(item.Id);
        tracked!.Status = CaseStatus.Intervention;
        await db.SaveChangesAsync();
        return plan;
    }

    /// <summary>A service record of the case on the day, against its approved plan.</summary>
    internal static async Task<ServiceRecord> ServiceRecordAsync(this TestApp app, Case item, ServicePlan plan, DateOnly on,
        ServiceType type = ServiceType.HomeVisit, int minutes = 60, Guid? activityId = null, string? place = null)
    {
        await using var scope = app.SystemScope();
        var db = scope.ServiceProvider.GetRequiredService<CasesDb>();
        var record = new ServiceRecord
        {
            StationId = item.StationId, CaseId = item.Id, PlanId = plan.Id, ActivityId = activityId, ServiceDate = on,
            DurationMinutes = minutes, Type = type, Place = place, Content = "上门探访，了解近况并链接助餐服务",
            WorkerId = item.WorkerId, WorkerName = item.WorkerName, CreatedAt = DateTime.UtcNow,
        };
        db.ServiceRecords.Add(record);
        await db.SaveChangesAsync();
        return record;
    }
}
