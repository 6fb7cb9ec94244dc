using System.Net;
using System.Net.Http.Json;
using SocialWorkStation.IntegrationTests.Infrastructure;
using SocialWorkStation.Platform.Identity;

namespace SocialWorkStation.IntegrationTests;

public abstract class HealthAndSetupTests(TestApp app)
{
    [Fact]
    public async Task Health_endpoints_answer_without_login_and_ready_checks_the_database()
    {
        using var client = app.NewClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/live")).StatusCode);
        var ready = await client.GetAsync("/health/ready");
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Equal("Healthy", await ready.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Api_without_credentials_is_401_not_a_redirect()
    {
        using var client = app.NewClient();
        var response = await client.GetAsync("/api/v1/me");
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Me_returns_the_user_and_only_their_station()
    {
        var station = await app.NewStationAsync();
        await app.NewStationAsync();
        var worker = await app.NewUserAsync(Roles.SocialWorker, station);
        using var client = await app.ClientForAsync(worker);
        var me = await client.GetFromJsonAsync<MeDto>("/api/v1/me");
        Assert.Equal(worker.UserName, me!.UserName);
        Assert.Equal(station.Id, me.StationId);
        Assert.Equal([station.Id], me.Stations.Select(s => s.Id));
    }

    [Fact]
    public async Task Security_headers_are_sent_on_pages()
    {
        using var client = app.NewClient();
        var response = await client.GetAsync("/account/login");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("frame-ancestors 'none'", response.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
    }

    [Fact]
    public async Task Pages_are_chinese_by_default_and_english_when_chosen()
    {
        using var client = app.NewClient();
        Assert.Contains("用户名", await client.GetStringAsync("/account/login"));
        var english = new HttpRequestMessage(HttpMethod.Get, "/account/login");
        english.Headers.Add("Cookie", ".AspNetCore.Culture=c%3Den-US%7Cuic%3Den-US");
        var html = await (await client.SendAsync(english)).Content.ReadAsStringAsync();
        Assert.Contains("User name", html);
        Assert.Contains("lang=\"en-US\"", html);
    }

    private sealed record StationDto(Guid Id, string Name);
    private sealed record MeDto(Guid Id, string UserName, Guid? StationId, List<StationDto> Stations);
}

[Collection(SqliteCollection.Name)] public sealed class HealthAndSetupOnSqlite(SqliteApp app) : HealthAndSetupTests(app);
[Collection(PostgresCollection.Name)] public sealed class HealthAndSetupOnPostgres(PostgresApp app) : HealthAndSetupTests(app);
