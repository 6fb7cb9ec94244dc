using System.Net;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using SocialWorkStation.IntegrationTests.Infrastructure;
using SocialWorkStation.Platform.Identity;
using SocialWorkStation.Platform.Permissions;
using SocialWorkStation.Platform.Public;

namespace SocialWorkStation.IntegrationTests;

/// <summary>Enumerates every endpoint and page of the running app: each must declare who may use it, and a
/// role without a permission must be refused everywhere that permission is required.</summary>
public abstract class EndpointAuthorizationTests(TestApp app)
{
    /// <summary>Open without signing in: sign-in, first-run setup, health, API description, static files.</summary>
    private static readonly string[] Anonymous =
    [
        "/account/login", "/account/login-2fa", "/account/denied", "/account/culture", "/api/v1/auth/token", "/setup",
        "/health/live", "/health/ready", "/not-found",
        // The API reference's own script and icon files (the page and the description need sign-in outside Development).
        "/api/docs/scalar*", "/api/docs/favicon.svg",
    ];

    /// <summary>Personal endpoints any signed-in user may use (their own data only).</summary>
    private static readonly string[] AnySignedInUser =
    [
        "/", "/api/v1/me", "/account/logout", "/api/{documentName}/openapi.json", "/api/docs*", "/account/station", "/account/two-factor",
        "/account/password", "/api/v1/auth/logout", "/api/v1/me/password", "/api/v1/me/two-factor",
        "/approvals/inbox", "/approvals/mine", "/approvals/{Id*", "/api/v1/approvals/inbox", "/api/v1/approvals/mine",
        "/api/v1/approvals/{id*", "/api/v1/attachments/{ownerType}/{ownerId*", "/api/v1/attachments/{id*", "/api/v1/reminders",
        // A station's staff list: any signed-in user who sees the station (404 otherwise, StationIsolationTests).
        "/api/v1/stations/{stationId:guid}/staff",
    ];

    private IEnumerable<(RouteEndpoint Endpoint, string Route)> Endpoints() =>
        app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Select(e => (e, "/" + (e.RoutePattern.RawText ?? "").TrimStart('/')))
            .Where(x => !x.Item2.StartsWith("/_framework") && !x.Item2.StartsWith("/_blazor") && !x.Item2.StartsWith("/_content"));

    // An entry ending in * is a prefix; the rest must match the route exactly.
    private static bool Listed(string route, string[] list) =>
        list.Any(p => p.EndsWith('*') ? route.StartsWith(p[..^1], StringComparison.Ordinal) : route == p);

    private static IReadOnlyList<string> Policies(Endpoint e) =>
        e.Metadata.GetOrderedMetadata<IAuthorizeData>().Select(a => a.Policy).OfType<string>().ToList();

    [Fact]
    [Trait("Clause", "C7.3.1")]
    public void Every_endpoint_and_page_declares_a_permission_or_is_knowingly_open()
    {
        var catalog = app.Services.GetRequiredService<PermissionCatalog>();
        var problems = new List<string>();
        foreach (var (endpoint, route) in Endpoints())
        {
            if (IsStaticFile(route)) continue;
            var anonymous = endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null;
            var policies = Policies(endpoint);
            // Public pages (ADR 010) are open by their explicit marker; PublicPageRulesTests checks them.
            var publicPage = endpoint.Metadata.GetMetadata<PublicPageAttribute>() is not null;
            if (anonymous && !publicPage && !Listed(route, Anonymous)) problems.Add($"{route}: anonymous but not on the anonymous list");
            if (!anonymous && policies.Count == 0 && !Listed(route, AnySignedInUser))
                problems.Add($"{route} ({endpoint.DisplayName}): no permission policy and not a personal endpoint");
            problems.AddRange(policies.Where(p => !catalog.Exists(p)).Select(p => $"{route}: unknown permission {p}"));
        }
        Assert.True(problems.Count == 0, string.Join("\n", problems.Distinct()));
        Assert.Contains(Endpoints(), x => Policies(x.Endpoint).Count > 0); // the enumeration itself found guarded endpoints
    }

    [Fact]
    [Trait("Clause", "C7.3.1")]
    public async Task A_role_without_the_permission_is_refused_on_every_guarded_endpoint_and_page()
    {
        var station = await app.NewStationAsync();
        var grants = app.Services.GetRequiredService<PermissionCatalog>().DefaultGrants;
        var clients = new Dictionary<string, HttpClient>();
        var checkedCount = 0;
        foreach (var (endpoint, route) in Endpoints())
        {
            var permission = Policies(endpoint).FirstOrDefault();
            if (permission is null) continue;
            var role = Roles.All.FirstOrDefault(r => !grants.Contains((r, permission)));
            if (role is null) continue; // every role holds it by default
            if (!clients.TryGetValue(role, out var client))
                clients[role] = client = await app.ClientForAsync(await app.NewUserAsync(role, station));
            var methods = endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"];
            foreach (var method in methods)
            {
                using var request = new HttpRequestMessage(new HttpMethod(method), Fill(route));
                var response = await client.SendAsync(request);
                Assert.True(response.StatusCode == HttpStatusCode.Forbidden,
                    $"{method} {route} as {role} (lacks {permission}) answered {(int)response.StatusCode}, expected 403");
                checkedCount++;
            }
        }
        Assert.True(checkedCount > 0, "no permission-guarded endpoint was found");
    }

    /// <summary>Static assets; API routes that end in an extension (e.g. an .xlsx export) are endpoints and are checked.</summary>
    private static bool IsStaticFile(string route) => !route.StartsWith("/api/") &&
        (route.Contains(":file}") || (System.IO.Path.HasExtension(route.Split('/').Last()) && !route.Contains('{')));

    // Integer parameters get a number, every other one an id, so the route matches and authorisation is what answers.
    private static string Fill(string route) =>
        System.Text.RegularExpressions.Regex.Replace(
            System.Text.RegularExpressions.Regex.Replace(route, @"\{[^}:]+:int\}", "1"), @"\{[^}]+\}", Guid.CreateVersion7().ToString());
}

[Collection(SqliteCollection.Name)] public sealed class EndpointAuthorizationOnSqlite(SqliteApp app) : EndpointAuthorizationTests(app);
[Collection(PostgresCollection.Name)] public sealed class EndpointAuthorizationOnPostgres(PostgresApp app) : EndpointAuthorizationTests(app);
