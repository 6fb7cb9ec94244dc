using System.Net;
using System.Net.Http.Json;
using SocialWorkStation.IntegrationTests.Infrastructure;
using SocialWorkStation.Modules.Cases.Domain;
using SocialWorkStation.Modules.Cases.Features.Caseload;
using SocialWorkStation.Platform.Identity;

namespace SocialWorkStation.IntegrationTests.Cases;

/// <summary>服务统计 (C3.4.2 "以备统计分析"): counts per status and this month's 人次 and hours, per station.</summary>
public abstract class DashboardTests(TestApp app)
{
    [Fact]
    [Trait("Clause", "C3.4.2")]
    public async Task The_dashboard_counts_cases_per_status_and_this_month_s_service_times_and_hours()
    {
        var station = await app.NewStationAsync();
        var director = await app.NewUserAsync(Roles.Director, station);
        var worker = await app.NewUserAsync(Roles.SocialWorker, station);
        var today = CaseFileSeed.BeijingToday();
        var monthStart = CaseFileSeed.BeginningOfMonth();

        var inService = await app.CaseAsync(station, await app.ClientAsync(station, worker), worker);
        var plan = await app.ApprovedPlanAsync(inService, worker);
        await app.UpdateCaseAsync(inService.Id, k => { k.NextContactDue = today.AddDays(-1); k.IntakeDate = monthStart; });
        var assessing = await app.CaseAsync(station, await app.ClientAsync(station, worker), worker, CaseStatus.Assessment);
        await app.UpdateCaseAsync(assessing.Id, k => k.IntakeDate = monthStart.AddDays(-1));
        var closed = await app.CaseAsync(station, await app.ClientAsync(station, worker), worker, CaseStatus.Closed);
        await app.UpdateCaseAsync(closed.Id, k => { k.ClosedOn = today; k.IntakeDate = monthStart.AddMonths(-3); });

        await app.AddAsync(
            CaseFileSeed.Record(inService, plan.Id, "家访", monthStart, minutes: 60),
            CaseFileSeed.Record(inService, plan.Id, "电话", today, minutes: 30),
            CaseFileSeed.Record(inService, plan.Id, "上月家访", monthStart.AddDays(-1), minutes: 120),
            new Activity
            {
                StationId = station.Id, Kind = ActivityKind.Community, Title = "重阳节敬老活动", Date = today, DurationMinutes = 90,
                Content = "社区敬老活动", WalkInCount = 12, OrganiserId = worker.Id, CreatedAt = DateTime.UtcNow,
            });
        // Another station's work never shows in this station's figures.
        var other = await app.NewStationAsync();
        var otherWorker = await app.NewUserAsync(Roles.SocialWorker, other);
        var foreign = await app.CaseAsync(other, await app.ClientAsync(other, otherWorker), otherWorker);
        var foreignPlan = await app.ApprovedPlanAsync(foreign, otherWorker);
        await app.AddAsync(CaseFileSeed.Record(foreign, foreignPlan.Id, "外站家访", today, minutes: 600));

        using var client = await app.ClientForAsync(director, station);
        var d = (await client.GetFromJsonAsync<DashboardDto>("/api/v1/cases/dashboard"))!;

        Assert.Equal(1, d.ByStatus.Single(s => s.Status == CaseStatus.Intervention).Count);
        Assert.Equal(1, d.ByStatus.Single(s => s.Status == CaseStatus.Assessment).Count);
        Assert.Equal(1, d.ByStatus.Single(s => s.Status == CaseStatus.Closed).Count);
        Assert.Equal(2, d.OpenCases);
        Assert.Equal(1, d.OverdueContacts);
        Assert.Equal(2 + 12, d.MonthServiceTimes);        // two records this month + the activity's walk-ins (人次)
        Assert.Equal(1.5m, d.MonthServiceHours);           // 90 minutes; last month's record and the other station's are out
        Assert.Equal(1, d.MonthActivities);
        Assert.Equal(1, d.MonthNewCases);
        Assert.Equal(1, d.MonthClosedCases);
    }

    [Fact]
    [Trait("Clause", "C3.4.2")]
    public async Task A_role_without_the_statistics_permission_is_refused()
    {
        var station = await app.NewStationAsync();
        var finance = await app.NewUserAsync(Roles.Finance, station);
        using var client = await app.ClientForAsync(finance, station);

        var response = await client.GetAsync("/api/v1/cases/dashboard");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}

[Collection(SqliteCollection.Name)] public sealed class DashboardOnSqlite(SqliteApp app) : DashboardTests(app);
[Collection(PostgresCollection.Name)] public sealed class DashboardOnPostgres(PostgresApp app) : DashboardTests(app);
