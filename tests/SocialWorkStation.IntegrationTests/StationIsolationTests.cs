using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using SocialWorkStation.Data;
using SocialWorkStation.IntegrationTests.Attachments;
using SocialWorkStation.IntegrationTests.Infrastructure;
using SocialWorkStation.Platform.Identity;
using SocialWorkStation.Platform.Stations;

namespace SocialWorkStation.IntegrationTests;

/// <summary>A station-A user holding every role gets 404 for station-B records on EVERY /api/v1 route that takes an id.
/// A new id route fails this test until a station-B record for it is added to <see cref="RecordsInStationB"/> or,
/// for a module, to a class implementing <see cref="IStationBRecords"/> (found by reflection).</summary>
public abstract partial class StationIsolationTests(TestApp app)
{
    /// <summary>Routes whose id is not a station-owned record, and why.</summary>
    private static readonly Dictionary<string, string> NotStationRecords = new()
    {
        ["/api/v1/admin/roles/{id:guid}"] = "roles are deployment-wide (ADR 002), not station records",
        ["/api/v1/admin/roles/{id:guid}/permissions"] = "roles are deployment-wide (ADR 002), not station records",
        ["/api/v1/approval-flows/{subjectType}"] = "keyed by subject type within the caller's own station",
        ["/api/v1/approval-flows/{subjectType}/county-default"] = "keyed by subject type within the caller's own county",
    };

    private sealed record Records(Guid ApprovalId, Guid AttachmentId, Guid OtherOrgUserId, Guid OtherOrgStationId);

    private async Task<Records> RecordsInStationB(Station b)
    {
        var requester = await app.NewUserAsync(Roles.SocialWorker, b);
        var approval = await app.StartApprovalAsync(requester, b);
        using var client = await app.ClientForAsync(requester, b);
        var attachment = await client.UploadOkAsync(approval, AttachmentKit.Pdf, "b.pdf");

        // Organisation-level records (users, stations) are isolated by county centre: use another county's.
        await using var scope = app.SystemScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var otherOrg = new Organisation { Name = "另一个县" + app.Unique("") };
        db.Organisations.Add(otherOrg);
        var otherStation = new Station { OrganisationId = otherOrg.Id, Name = "外县社工站", Code = app.Unique("X") };
        db.Stations.Add(otherStation);
        var otherUser = new AppUser { UserName = app.Unique("other"), DisplayName = "外县用户", OrganisationId = otherOrg.Id };
        db.Users.Add(otherUser);
        await db.SaveChangesAsync();
        return new Records(approval, attachment.Id, otherUser.Id, otherStation.Id);
    }

    private static string? Fill(string route, Records r) => route switch
    {
        _ when route.StartsWith("/api/v1/approvals/{id") => Ids().Replace(route, r.ApprovalId.ToString()),
        _ when route.StartsWith("/api/v1/attachments/{ownerType}") => route.Replace("{ownerType}", "approval")
            .Replace("{ownerId:guid}", r.ApprovalId.ToString()),
        _ when route.StartsWith("/api/v1/attachments/{id") => Ids().Replace(route, r.AttachmentId.ToString()),
        _ when route.StartsWith("/api/v1/admin/users/{id") => Ids().Replace(route, r.OtherOrgUserId.ToString()),
        _ when route.StartsWith("/api/v1/admin/stations/{id") => Ids().Replace(route, r.OtherOrgStationId.ToString()),
        _ => null,
    };

    [Fact]
    [Trait("Clause", "C1.3.4")]
    [Trait("Clause", "C7.3.1")]
    public async Task A_station_A_user_gets_404_for_station_B_records_on_every_api_route_that_takes_an_id()
    {
        var a = await app.NewStationAsync();
        var b = await app.NewStationAsync();
        var records = await RecordsInStationB(b);
        var moduleRecords = new Dictionary<string, StationBRecord>();
        foreach (var source in typeof(StationIsolationTests).Assembly.GetTypes()
                     .Where(t => typeof(IStationBRecords).IsAssignableFrom(t) && t is { IsClass: true, IsAbstract: false }))
            foreach (var (route, record) in await ((IStationBRecords)Activator.CreateInstance(source)!).CreateAsync(app, b))
                moduleRecords[route] = record;
        using var client = await app.ClientForAsync(await app.NewUserAsync(Roles.All.ToArray(), a), a);

        var routes = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Select(e => (Route: "/" + e.RoutePattern.RawText!.TrimStart('/'), Methods: e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"]))
            .Where(e => e.Route.StartsWith("/api/v1/") && e.Route.Contains('{') && !NotStationRecords.ContainsKey(e.Route))
            .ToList();
        Assert.NotEmpty(routes);

        var problems = new List<string>();
        foreach (var (route, methods) in routes)
        {
            moduleRecords.TryGetValue(route, out var moduleRecord);
            if ((moduleRecord?.Url ?? Fill(route, records)) is not { } url)
            {
                problems.Add($"{route}: no station-B record registered in this test");
                continue;
            }
            foreach (var method in methods)
            {
                using var request = new HttpRequestMessage(new HttpMethod(method), url);
                if (method is "POST" or "PUT")
                    request.Content = route.StartsWith("/api/v1/attachments/{ownerType}")
                        ? AttachmentKit.Form(AttachmentKit.Pdf, "a.pdf")
                        : new StringContent(moduleRecord?.Body ?? ValidishBody, Encoding.UTF8, "application/json");
                var response = await client.SendAsync(request);
                if (response.StatusCode != HttpStatusCode.NotFound)
                    problems.Add($"{method} {url} ({route}): {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
            }
        }
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    /// <summary>Passes shape validation of the decision and admin bodies, so the handler (and its 404) is reached.</summary>
    private const string ValidishBody = """
        {"comment":"同意","reason":"退回理由","displayName":"测试","newPassword":"Another-Passw0rd!","password":"Another-Passw0rd!",
         "roles":["社工"],"stationIds":[],"name":"名称","code":"C1","title":"标题"}
        """;

    [GeneratedRegex(@"\{id(:guid)?\}")]
    private static partial Regex Ids();
}

/// <summary>A station-B record for one id route: the concrete URL and, for POST/PUT, a body that passes shape validation
/// (so the request reaches the handler, which must answer 404).</summary>
public sealed record StationBRecord(string Url, string? Body = null);

/// <summary>Implemented once per module area in the test project; returns route template (as in the endpoint, e.g.
/// "/api/v1/clients/{id:guid}") → record, for records it creates in station <c>b</c>.</summary>
public interface IStationBRecords
{
    Task<IReadOnlyDictionary<string, StationBRecord>> CreateAsync(TestApp app, Station b);
}

[Collection(SqliteCollection.Name)] public sealed class StationIsolationOnSqlite(SqliteApp app) : StationIsolationTests(app);
[Collection(PostgresCollection.Name)] public sealed class StationIsolationOnPostgres(PostgresApp app) : StationIsolationTests(app);
