using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SocialWorkStation.Data;
using SocialWorkStation.IntegrationTests.Infrastructure;
using SocialWorkStation.Platform.Identity;
using SocialWorkStation.Web.Security;
using SocialWorkStation.Web.Setup;

namespace SocialWorkStation.IntegrationTests.Security;

/// <summary>Issue 10 item 7: transport and deployment — TLS, cookies, a reverse proxy's forwarded headers, the CSP's
/// connections, first-run setup and the API description.</summary>
public abstract class TransportTests(TestApp app)
{
    protected abstract TestApp CreateApp(Dictionary<string, string> settings, bool seedOrganisation = true);

    [Fact]
    [Trait("Clause", "C7.3.1")]
    public async Task Served_over_tls_plain_requests_are_redirected_and_answers_carry_hsts_and_host_prefixed_secure_cookies()
    {
        var secure = CreateApp(new() { ["Security:Https"] = "true", ["https_port"] = "443" });
        await secure.InitializeAsync();
        try
        {
            using var client = secure.NewClient();
            var plain = await client.GetAsync("/account/login");
            Assert.Equal(HttpStatusCode.TemporaryRedirect, plain.StatusCode);
            Assert.StartsWith("https://", plain.Headers.Location!.ToString());

            // As the reverse proxy forwards it (deploy docs): the scheme is https, the host the public name.
            using var request = new HttpRequestMessage(HttpMethod.Get, "/account/login");
            request.Headers.Add("X-Forwarded-Proto", "https");
            request.Headers.Host = "sws.example.cn";
            var proxied = await client.SendAsync(request);
            Assert.Equal(HttpStatusCode.OK, proxied.StatusCode);
            Assert.Contains("max-age=31536000", proxied.Headers.GetValues("Strict-Transport-Security").Single());
            var cookie = proxied.Headers.GetValues("Set-Cookie").Single(c => c.Contains("sws.af"));
            Assert.StartsWith("__Host-sws.af=", cookie);
            Assert.Contains("secure", cookie, StringComparison.OrdinalIgnoreCase);
        }
        finally
        {
            await ((IAsyncLifetime)secure).DisposeAsync();
        }
    }

    [Fact]
    [Trait("Clause", "C7.3.1")]
    public async Task Behind_the_proxy_the_login_history_records_the_clients_address()
    {
        var station = await app.NewStationAsync();
        var user = await app.NewUserAsync(Roles.SocialWorker, station);
        using var client = app.NewClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/auth/token")
        {
            Content = JsonContent.Create(new { userName = user.UserName, password = "Wrong-Passw0rd!" }),
        };
        request.Headers.Add("X-Forwarded-For", "203.0.113.7");

        await client.SendAsync(request);

        await using var scope = app.SystemScope();
        var last = await scope.ServiceProvider.GetRequiredService<AppDbContext>().LoginEvents.AsNoTracking()
            .Where(e => e.UserName == user.UserName).OrderByDescending(e => e.At).FirstAsync();
        Assert.Equal("203.0.113.7", last.IpAddress);
    }

    [Fact]
    [Trait("Clause", "C7.3.1")]
    public async Task Pages_may_connect_only_to_their_own_origin_and_the_api_description_needs_a_signed_in_user()
    {
        using var anonymous = app.NewClient();
        var login = await anonymous.GetAsync("/account/login");
        var csp = login.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("connect-src 'self';", csp);
        Assert.DoesNotContain("ws:", csp);

        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/v1/openapi.json")).StatusCode);
        var station = await app.NewStationAsync();
        using var signedIn = await app.ClientForAsync(await app.NewUserAsync(Roles.SocialWorker, station), station);
        Assert.Equal(HttpStatusCode.OK, (await signedIn.GetAsync("/api/v1/openapi.json")).StatusCode);
    }

    [Fact]
    [Trait("Clause", "C7.3.1")]
    public async Task First_run_setup_needs_the_token_printed_at_start()
    {
        var fresh = CreateApp(new(), seedOrganisation: false);
        await fresh.InitializeAsync();
        try
        {
            await using var scope = fresh.Services.CreateAsyncScope();
            var installation = scope.ServiceProvider.GetRequiredService<InstallationService>();
            SetupRequest Request(string token) => new()
            {
                SetupToken = token, OrganisationName = "令牌县社会工作指导中心", StationName = "城关街道社工站", StationCode = "CG",
                AdminUserName = "first", AdminDisplayName = "管理员", Password = TestApp.Password, ConfirmPassword = TestApp.Password,
            };

            var guessed = await installation.InstallAsync(Request("0000000000000000"));
            Assert.True(guessed.IsFailure);
            Assert.True(guessed.Error!.Fields!.ContainsKey(nameof(SetupRequest.SetupToken)));
            Assert.False(await scope.ServiceProvider.GetRequiredService<AppDbContext>().Organisations.AnyAsync());

            var token = fresh.Services.GetRequiredService<SetupState>().Token;
            Assert.True((await installation.InstallAsync(Request(token))).IsSuccess);
        }
        finally
        {
            await ((IAsyncLifetime)fresh).DisposeAsync();
        }
    }
}

[Collection(SqliteCollection.Name)]
public sealed class TransportOnSqlite(SqliteApp app) : TransportTests(app)
{
    protected override TestApp CreateApp(Dictionary<string, string> settings, bool seedOrganisation = true) =>
        new SqliteApp { Settings = settings, SeedOrganisation = seedOrganisation };
}

[Collection(PostgresCollection.Name)]
public sealed class TransportOnPostgres(PostgresApp app) : TransportTests(app)
{
    protected override TestApp CreateApp(Dictionary<string, string> settings, bool seedOrganisation = true) =>
        new PostgresApp { Settings = settings, SeedOrganisation = seedOrganisation };
}
