using System.Net;
using System.Net.Http.Json;
using SocialWorkStation.IntegrationTests.Admin;
using SocialWorkStation.IntegrationTests.Infrastructure;
using SocialWorkStation.Modules.Cases.Domain;
using SocialWorkStation.Modules.Cases.Features.Statistics;
using SocialWorkStation.Platform.Identity;
using SocialWorkStation.Web.Api;

namespace SocialWorkStation.IntegrationTests.Cases;

/// <summary>月度服务统计 (C3.4.2 "以备统计分析"): one row per station the user sees, with the month's counts, and the
/// totals; a city bureau's county-wide user sees the stations of its county centres.</summary>
public abstract class MonthlyStatisticsTests(TestApp app)
{
    private const string Url = "/api/v1/statistics/monthly?month=" + StatisticsCity.Month;

    private static async Task<MonthlyStatisticsDto> StatisticsAsync(HttpClient client, string url = Url)
    {
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<MonthlyStatisticsDto>())!;
    }

    private static int ByType(StationMonthRow row, ServiceType type) => row.ServicesByType.Single(t => t.Type == type).Count;

    /// <summary>Station A1's October: 3 records (135 minutes), 5 walk-ins, 2 cases served, 1 new, 1 closed, 1 activity
    /// with 2 registered participants, 1 follow-up done. September and November work is left out.</summary>
    private static void AssertA1(StationMonthRow row)
    {
        Assert.Equal(3 + 5, row.ServiceTimes);
        Assert.Equal(2.3m, row.ServiceHours);
        Assert.Equal(3, row.ServiceRecords);
        Assert.Equal(new[] { 1, 1, 1, 0, 0, 0 }, Enum.GetValues<ServiceType>().Select(t => ByType(row, t)));
        Assert.Equal((2, 1, 1), (row.CasesServed, row.NewCases, row.ClosedCases));
        Assert.Equal((1, 2, 5, 1), (row.Activities, row.ActivityParticipations, row.WalkIns, row.FollowUpsDone));
    }

    [Fact]
    [Trait("Clause", "C3.4.2")]
    public async Task A_station_user_sees_only_their_station_with_the_month_s_counts()
    {
        var city = await StatisticsCity.ArrangeAsync(app);
        var director = await app.NewUserAsync(city.CountyA, Roles.Director, city.A1);
        using var client = await app.ClientForAsync(director, city.A1);

        var stats = await StatisticsAsync(client);

        Assert.Equal((StatisticsCity.Month, StatisticsCity.First, StatisticsCity.Last.AddDays(1)), (stats.Month, stats.From, stats.Until));
        var row = Assert.Single(stats.Stations);
        Assert.Equal((city.A1.Id, city.A1.Code, city.A1.Name), (row.StationId!.Value, row.Code, row.Name));
        AssertA1(row);
        AssertA1(stats.Totals);
        Assert.Equal((null, "合计"), (stats.Totals.StationId, stats.Totals.Name));
    }

    [Fact]
    [Trait("Clause", "C3.4.2")]
    public async Task A_county_user_who_chose_no_station_sees_every_station_of_the_county_with_zero_rows_and_the_totals()
    {
        var city = await StatisticsCity.ArrangeAsync(app);
        var county = await app.NewUserAsync(city.CountyA, Roles.County);
        using var client = await app.ClientForAsync(county);

        var stats = await StatisticsAsync(client);

        Assert.Equal(new[] { city.A1, city.A2 }.OrderBy(s => s.Code, StringComparer.Ordinal).Select(s => s.Id),
            stats.Stations.Select(r => r.StationId!.Value));
        AssertA1(stats.Stations.Single(r => r.StationId == city.A1.Id));
        var empty = stats.Stations.Single(r => r.StationId == city.A2.Id);
        Assert.Equal((0, 0m, 0, 0, 0), (empty.ServiceTimes, empty.ServiceHours, empty.CasesServed, empty.Activities, empty.FollowUpsDone));
        Assert.All(empty.ServicesByType, t => Assert.Equal(0, t.Count));
        AssertA1(stats.Totals);
    }

    [Fact]
    [Trait("Clause", "C3.4.2")]
    public async Task A_city_bureau_user_sees_the_stations_of_its_county_centres_and_a_county_user_only_their_own()
    {
        var city = await StatisticsCity.ArrangeAsync(app);
        using var bureau = await app.ClientForAsync(await app.NewUserAsync(city.Bureau, Roles.County));
        using var countyB = await app.ClientForAsync(await app.NewUserAsync(city.CountyB, Roles.County));

        var me = (await bureau.GetFromJsonAsync<MeResponse>("/api/v1/me"))!;
        var stats = await StatisticsAsync(bureau);
        var countyMe = (await countyB.GetFromJsonAsync<MeResponse>("/api/v1/me"))!;
        var countyStats = await StatisticsAsync(countyB);

        Guid[] all = [city.A1.Id, city.A2.Id, city.B1.Id];
        Assert.Equal(all.Order(), me.Stations.Select(s => s.Id).Order());
        Assert.Equal(all.Order(), stats.Stations.Select(r => r.StationId!.Value).Order());
        Assert.Equal(stats.Stations.Select(r => r.Code).Order(StringComparer.Ordinal), stats.Stations.Select(r => r.Code));
        Assert.Equal(8 + 1, stats.Totals.ServiceTimes);
        Assert.Equal(3.8m, stats.Totals.ServiceHours);                  // 135 + 90 minutes
        Assert.Equal((3, 1, 1), (stats.Totals.CasesServed, stats.Totals.NewCases, stats.Totals.ClosedCases));
        Assert.Equal(1, ByType(stats.Totals, ServiceType.Group));
        Assert.Equal(city.B1.Id, Assert.Single(countyMe.Stations).Id);
        Assert.Equal(city.B1.Id, Assert.Single(countyStats.Stations).StationId);
        Assert.Equal((1, 1.5m), (countyStats.Totals.ServiceTimes, countyStats.Totals.ServiceHours));
    }

    [Fact]
    [Trait("Clause", "C3.4.2")]
    public async Task Without_a_month_the_statistics_cover_the_previous_calendar_month_in_Beijing_time()
    {
        var previous = CaseFileSeed.BeginningOfMonth().AddMonths(-1);
        var station = await app.NewStationAsync();
        var director = await app.NewUserAsync(Roles.Director, station);
        var item = await app.CaseAsync(station, await app.ClientAsync(station, director), director);
        var plan = await app.ApprovedPlanAsync(item, director);
        await app.ServiceRecordAsync(item, plan, previous);
        await app.ServiceRecordAsync(item, plan, previous.AddMonths(1));
        using var client = await app.ClientForAsync(director, station);

        var stats = await StatisticsAsync(client, "/api/v1/statistics/monthly");

        Assert.Equal(previous.ToString("yyyy-MM"), stats.Month);
        Assert.Equal(1, Assert.Single(stats.Stations).ServiceRecords);
    }

    [Theory]
    [Trait("Clause", "C3.4.2")]
    [InlineData("2025-13")]
    [InlineData("2025/10")]
    [InlineData("十月")]
    public async Task A_malformed_month_is_a_400_with_a_message_on_the_month_field(string month)
    {
        var station = await app.NewStationAsync();
        using var client = await app.ClientForAsync(await app.NewUserAsync(Roles.Director, station), station);

        var response = await client.GetAsync("/api/v1/statistics/monthly?month=" + Uri.EscapeDataString(month));

        Assert.Equal(ReportMonth.Invalid, (await response.FieldErrorsAsync())["month"].Single());
    }

    [Fact]
    [Trait("Clause", "C3.4.2")]
    public async Task A_role_without_the_statistics_permission_is_refused()
    {
        var station = await app.NewStationAsync();
        using var client = await app.ClientForAsync(await app.NewUserAsync(Roles.Finance, station), station);

        var response = await client.GetAsync(Url);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}

[Collection(SqliteCollection.Name)] public sealed class MonthlyStatisticsOnSqlite(SqliteApp app) : MonthlyStatisticsTests(app);
[Collection(PostgresCollection.Name)] public sealed class MonthlyStatisticsOnPostgres(PostgresApp app) : MonthlyStatisticsTests(app);
