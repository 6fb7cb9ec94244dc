using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SocialWorkStation.Data;
using SocialWorkStation.IntegrationTests.Cases;
using SocialWorkStation.IntegrationTests.Infrastructure;
using SocialWorkStation.Platform.Identity;
using static SocialWorkStation.IntegrationTests.Admin.AdminApi;

namespace SocialWorkStation.IntegrationTests.Admin;

/// <summary>Item 2 of issue 10: the audit and access-log viewers show a station's information officer only that
/// station's rows, and the trail never holds a client's name or address.</summary>
[Trait("Clause", "C7.3.2")]
public abstract class AuditScopeTests(TestApp app)
{
    public sealed record AccessRow(Guid Id, string UserName, Guid? StationId, string Entity, string EntityKey, string Purpose);
    public sealed record ScopedAuditRow(long Sequence, Guid? StationId, string Entity, string EntityKey, string Changes, List<string> Description);

    [Fact]
    public async Task A_station_information_officer_sees_only_that_station_audit_rows_and_no_platform_rows()
    {
        var (own, other) = (await app.NewStationAsync(), await app.NewStationAsync());
        var ownClient = await (await app.ClientForAsync(await app.NewUserAsync(Roles.SocialWorker, own), own)).RegisterAsync(app.Unique("甲"));
        var otherClient = await (await app.ClientForAsync(await app.NewUserAsync(Roles.SocialWorker, other), other)).RegisterAsync(app.Unique("乙"));
        var officer = await app.ClientForAsync(await app.NewUserAsync(Roles.InformationOfficer, own), own);

        var mine = await officer.GetFromJsonAsync<Page<ScopedAuditRow>>($"/api/v1/admin/audit?entityKey={ownClient}");
        Assert.NotEmpty(mine!.Items);
        var theirs = await officer.GetFromJsonAsync<Page<ScopedAuditRow>>($"/api/v1/admin/audit?entityKey={otherClient}");
        Assert.Equal(0, theirs!.Total);
        var all = await officer.GetFromJsonAsync<Page<ScopedAuditRow>>("/api/v1/admin/audit?pageSize=100");
        Assert.All(all!.Items, row => Assert.Equal(own.Id, row.StationId));

        Assert.Equal(0, (await officer.GetFromJsonAsync<Page<ScopedAuditRow>>("/api/v1/admin/audit?entity=AppUser"))!.Total);

        // The deployment's 审计管理员 (county-wide), looking at all stations, reads the other station and the platform's rows.
        var (auditor, _, _) = await app.AdministratorAsync(Roles.AuditAdmin);
        Assert.NotEqual(0, (await AllStationsAsync(auditor, $"/api/v1/admin/audit?entityKey={otherClient}")).Total);
        Assert.NotEqual(0, (await AllStationsAsync(auditor, "/api/v1/admin/audit?entity=AppUser")).Total);
    }

    [Fact]
    public async Task A_station_information_officer_sees_only_that_station_access_log_rows()
    {
        var (own, other) = (await app.NewStationAsync(), await app.NewStationAsync());
        var ownWorker = await app.ClientForAsync(await app.NewUserAsync(Roles.SocialWorker, own), own);
        var otherWorker = await app.ClientForAsync(await app.NewUserAsync(Roles.SocialWorker, other), other);
        var ownClient = await ownWorker.RegisterAsync(app.Unique("丙"));
        var otherClient = await otherWorker.RegisterAsync(app.Unique("丁"));
        await ownWorker.ClientDetailAsync(ownClient);     // each opening is logged (C1.3.4)
        await otherWorker.ClientDetailAsync(otherClient);
        var officer = await app.ClientForAsync(await app.NewUserAsync(Roles.InformationOfficer, own), own);

        var response = await officer.GetAsync("/api/v1/admin/access-log?pageSize=100");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var rows = (await response.Content.ReadFromJsonAsync<Page<AccessRow>>())!.Items;
        Assert.Contains(rows, r => r.EntityKey == ownClient.ToString());
        Assert.DoesNotContain(rows, r => r.EntityKey == otherClient.ToString());
        Assert.All(rows, r => Assert.Equal(own.Id, r.StationId));

        Assert.Equal(HttpStatusCode.Forbidden, (await ownWorker.GetAsync("/api/v1/admin/access-log")).StatusCode);
    }

    [Fact]
    public async Task A_client_name_and_address_are_recorded_by_keyed_hash_never_in_plain_text()
    {
        var station = await app.NewStationAsync();
        var worker = await app.ClientForAsync(await app.NewUserAsync(Roles.SocialWorker, station), station);
        var name = app.Unique("欧阳");
        var address = "城关镇幸福村 " + app.Unique("组");
        var id = await worker.RegisterAsync(name, extra: new { address });

        await using (var scope = app.SystemScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var key = id.ToString();
            var stored = await db.AuditEntries.Where(a => a.EntityKey == key).Select(a => a.Changes).ToListAsync();
            var all = string.Join("\n", stored);
            Assert.Contains("\"Name\"", all);
            Assert.Contains("hmac:", all);
            Assert.DoesNotContain(name, all);
            Assert.DoesNotContain(address, all);
        }

        var officer = await app.ClientForAsync(await app.NewUserAsync(Roles.InformationOfficer, station), station);
        var response = await officer.GetAsync($"/api/v1/admin/audit?entityKey={id}");
        var body = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain(name, body);
        Assert.DoesNotContain(address, body);
        var row = (await response.Content.ReadFromJsonAsync<Page<ScopedAuditRow>>())!.Items.Single(r => r.Entity == "Client");
        Assert.Contains(row.Description, line => line.StartsWith("Name: 已变更（哈希 ", StringComparison.Ordinal));
    }

    private static async Task<Page<ScopedAuditRow>> AllStationsAsync(HttpClient client, string url)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Add("X-Station-Id", "all");
        var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<Page<ScopedAuditRow>>())!;
    }
}

[Collection(SqliteCollection.Name)] public sealed class AuditScopeOnSqlite(SqliteApp app) : AuditScopeTests(app);
[Collection(PostgresCollection.Name)] public sealed class AuditScopeOnPostgres(PostgresApp app) : AuditScopeTests(app);
