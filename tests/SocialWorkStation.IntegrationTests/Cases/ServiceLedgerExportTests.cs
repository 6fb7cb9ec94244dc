using System.Net;
using SocialWorkStation.IntegrationTests.Admin;
using SocialWorkStation.IntegrationTests.Infrastructure;
using SocialWorkStation.IntegrationTests.Staff;
using SocialWorkStation.Modules.Cases;
using SocialWorkStation.Modules.Cases.Domain;
using SocialWorkStation.Modules.Cases.Features.Statistics;
using SocialWorkStation.Platform.Identity;
using SocialWorkStation.Platform.Protection;

namespace SocialWorkStation.IntegrationTests.Cases;

/// <summary>服务台账 (C3.4.2): a month's service records of the visible stations as xlsx, names masked and no narrative
/// or ID numbers (C1.3.4), restricted to openable cases for users who see only their own, and access-logged.</summary>
public abstract class ServiceLedgerExportTests(TestApp app)
{
    private const string Url = "/api/v1/services/export.xlsx?month=" + StatisticsCity.Month;
    private static readonly string[] Headers = ["社工站", "案号", "服务对象", "服务日期", "服务方式", "时长（分钟）", "服务地点", "负责社工", "来源"];


    [Fact]
    [Trait("Clause", "C3.4.2")]
    [Trait("Clause", "C1.3.4")]
    public async Task The_ledger_lists_the_month_s_records_of_the_station_with_masked_names_and_is_logged()
    {
        var city = await StatisticsCity.ArrangeAsync(app);
        var director = await app.NewUserAsync(city.CountyA, Roles.Director, city.A1);
        using var client = await app.ClientForAsync(director, city.A1);

        var response = await client.GetAsync(Url);

        Assert.Equal($"服务台账-{StatisticsCity.Month}.xlsx", response.Content.Headers.ContentDisposition?.FileNameStar);
        var rows = await response.XlsxRowsAsync();
        Assert.Equal(3, rows.Count);                                   // September, November and station B1 are left out
        Assert.Equal(Headers, rows[0].Keys);
        Assert.All(rows, r => Assert.Equal(city.A1.Name, r["社工站"]));
        Assert.Equal(new[] { "2025-10-01", "2025-10-10", "2025-10-31" }, rows.Select(r => (string)r["服务日期"]));
        var first = rows[0];
        Assert.Equal(city.CaseA1.Number, first["案号"]);
        Assert.Equal(Masking.Name(city.ClientA1.Name), first["服务对象"]);
        Assert.Equal("周" + new string('*', city.ClientA1.Name.Length - 1), first["服务对象"]);
        Assert.Equal(("家访", 60, "服务对象家中", "个案服务"),
            ((string)first["服务方式"], Convert.ToInt32(first["时长（分钟）"]), (string)first["服务地点"], (string)first["来源"]));
        Assert.Equal(await app.StaffNameAsync(city.CaseA1.WorkerId), first["负责社工"]); // the worker's name in the staff registry
        Assert.DoesNotContain(rows.SelectMany(r => r.Values), v => v?.ToString()?.Contains(city.ClientA1.Name) == true);
        Assert.Single(await app.AccessLogAsync(director.Id), e => e.Entity == "service-ledger" && e.Purpose.Contains(StatisticsCity.Month));
    }

    [Fact]
    [Trait("Clause", "C3.4.2")]
    public async Task A_city_bureau_user_exports_the_stations_of_its_county_centres_with_activity_records_marked()
    {
        var city = await StatisticsCity.ArrangeAsync(app);
        await app.ServiceRecordAsync(city.CaseB1, city.PlanB1, StatisticsCity.First, ServiceType.Group, activityId: Guid.CreateVersion7());
        using var client = await app.ClientForAsync(await app.NewUserAsync(city.Bureau, Roles.County));

        var rows = await (await client.GetAsync(Url)).XlsxRowsAsync();

        Assert.Equal(3 + 2, rows.Count);
        Assert.Equal(2, rows.Count(r => (string)r["社工站"] == city.B1.Name));
        Assert.Single(rows, r => (string)r["来源"] == "小组/社区活动");
    }

    [Fact]
    [Trait("Clause", "C1.3.4")]
    public async Task An_exporter_who_sees_only_their_own_cases_gets_only_their_records()
    {
        var city = await StatisticsCity.ArrangeAsync(app);
        var exporter = await app.UserWithPermissionsAsync(city.A1, CasesPermissions.ClientsView, CasesPermissions.Export);
        await app.UpdateCaseAsync(city.ClosedCaseA1.Id, k => k.WorkerId = exporter.Id);
        using var client = await app.ClientForAsync(exporter, city.A1);

        var rows = await (await client.GetAsync(Url)).XlsxRowsAsync();

        Assert.Equal(city.ClosedCaseA1.Number, Assert.Single(rows)["案号"]);
    }

    [Fact]
    [Trait("Clause", "C3.4.2")]
    public async Task A_malformed_month_is_a_400_and_a_role_without_the_export_permission_is_refused()
    {
        var station = await app.NewStationAsync();
        using var director = await app.ClientForAsync(await app.NewUserAsync(Roles.Director, station), station);
        using var worker = await app.ClientForAsync(await app.NewUserAsync(Roles.SocialWorker, station), station);

        var malformed = await director.GetAsync("/api/v1/services/export.xlsx?month=2025-1");
        var refused = await worker.GetAsync(Url);

        Assert.Equal(ReportMonth.Invalid, (await malformed.FieldErrorsAsync())["month"].Single());
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
    }
}

[Collection(SqliteCollection.Name)] public sealed class ServiceLedgerExportOnSqlite(SqliteApp app) : ServiceLedgerExportTests(app);
[Collection(PostgresCollection.Name)] public sealed class ServiceLedgerExportOnPostgres(PostgresApp app) : ServiceLedgerExportTests(app);
