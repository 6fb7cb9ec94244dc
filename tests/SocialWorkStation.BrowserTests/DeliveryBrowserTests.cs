using Microsoft.Extensions.DependencyInjection;
using SocialWorkStation.BrowserTests.Pages;
using SocialWorkStation.IntegrationTests.Infrastructure;
using SocialWorkStation.Modules.Cases.Data;
using SocialWorkStation.Modules.Cases.Domain;
using SocialWorkStation.Platform.Identity;
using static Microsoft.Playwright.Assertions;

namespace SocialWorkStation.BrowserTests;

[Collection(BrowserCollection.Name)]
public sealed class DeliveryBrowserTests(BrowserFixture fx)
{
    [Fact]
    [Trait("Clause", "C3.3.2")]
    public async Task A_worker_records_a_home_visit_on_a_phone_through_the_service_tab()
    {
        var station = await fx.App.NewStationAsync();
        var workerUser = await fx.App.NewUserAsync(Roles.SocialWorker, station);
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(DateTime.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai")));
        var item = await CaseWithApprovedPlanAsync(fx.App, station.Id, workerUser, today);

        var page = await fx.NewPageAsync(phone: true);
        await new LoginPage(page).LoginAsync(workerUser);
        var delivery = new DeliveryPages(page);
        await delivery.OpenCaseTabAsync(item.Id, "服务记录");
        await delivery.RecordServiceAsync(today, 45, "家访", "上门协助整理药品，讲解服药时间", place: "服务对象家中",
            feedback: "老人表示安心多了", effect: "能按时服药");

        await Expect(delivery.ServiceNotice).ToContainTextAsync("服务记录已保存");
        await Expect(delivery.ServiceItems).ToHaveCountAsync(1);
        await Expect(delivery.ServiceItems.First).ToContainTextAsync("上门协助整理药品，讲解服药时间");
        await Expect(delivery.ServiceItems.First).ToContainTextAsync("家访");
        await Expect(page.GetByTestId("attachment-list")).ToBeVisibleAsync();
    }

    /// <summary>Arrangement (as CasesSeed does for the integration tests, which this project does not compile in):
    /// a client, a case in 介入 and its approved plan, straight into the database.</summary>
    private static async Task<Case> CaseWithApprovedPlanAsync(TestApp app, Guid stationId, TestUser worker, DateOnly today)
    {
        await using var scope = app.SystemScope();
        var db = scope.ServiceProvider.GetRequiredService<CasesDb>();
        var client = new Client
        {
            StationId = stationId, Name = app.Unique("李"), Gender = Gender.Female, BirthYear = 1948,
            RegisteredById = worker.Id, RegisteredByName = worker.UserName, RegisteredAt = DateTime.UtcNow,
        };
        var item = new Case
        {
            StationId = stationId, Number = app.Unique("GA-"), ClientId = client.Id, Source = IntakeSource.SelfReferral,
            PresentingNeeds = "独居，需要用药管理支持", IntakeDate = today, Status = CaseStatus.Intervention, WorkerId = worker.Id,
            WorkerName = worker.UserName, Accepted = true, CreatedAt = DateTime.UtcNow, UpdatedAt = DateTime.UtcNow,
        };
        db.Clients.Add(client);
        db.Cases.Add(item);
        db.ServicePlans.Add(new ServicePlan
        {
            StationId = stationId, CaseId = item.Id, VersionNo = 1, Status = PlanStatus.Approved,
            Goals = [new PlanGoal(Guid.CreateVersion7(), "按时服药", "每周漏服不超过一次", [])], Content = "用药管理", Methods = "家访",
            StartOn = today, EndOn = today.AddMonths(3), PlannedSessions = 6, ResponsibleStaff = worker.UserName,
            AuthorId = worker.Id, AuthorName = worker.UserName, CreatedAt = DateTime.UtcNow, ApprovedAt = DateTime.UtcNow,
        });
        await db.SaveChangesAsync();
        return item;
    }
}
