using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SocialWorkStation.Data;
using SocialWorkStation.IntegrationTests.Admin;
using SocialWorkStation.IntegrationTests.Infrastructure;
using SocialWorkStation.Platform.Identity;
using SocialWorkStation.Platform.Permissions;
using SocialWorkStation.Modules.Administration.Features.Approvals.Flows;
using static SocialWorkStation.IntegrationTests.Admin.AdminApi;

namespace SocialWorkStation.IntegrationTests.Upgrade;

/// <summary>Defaults that a later release adds reach installations made before it, once (issue 9). Each test makes its
/// own installation and starts it again as the later release, whose catalogue holds <see cref="LaterDefaults"/>.</summary>
public abstract class DefaultsRolloutTests(TestApp shared)
{
    [Fact]
    public async Task A_permission_added_after_an_organisation_exists_reaches_its_default_roles()
    {
        await using var installation = await Installation.StartAsync(shared);
        var later = await installation.StartNodeAsync(LaterDefaults.Add);

        var holders = (await installation.RolesAsync(later)).Where(r => r.Permissions.Contains(LaterDefaults.Permission)).Select(r => r.Name);
        Assert.Equal(LaterDefaults.GrantedTo.Order(), holders.Order());
    }

    [Fact]
    public async Task A_default_grant_an_administrator_removed_stays_removed_on_the_next_start()
    {
        await using var installation = await Installation.StartAsync(shared);
        var later = await installation.StartNodeAsync(LaterDefaults.Add);
        var worker = (await installation.RolesAsync(later)).Single(r => r.Name == Roles.SocialWorker);
        using var security = await later.ClientForAsync(installation.SecurityAdmin);
        var saved = await security.PutAsJsonAsync($"/api/v1/admin/roles/{worker.Id}/permissions",
            new { permissions = worker.Permissions.Where(p => p != LaterDefaults.Permission) });
        saved.EnsureSuccessStatusCode();

        var next = await installation.StartNodeAsync(LaterDefaults.Add);

        var roles = await installation.RolesAsync(next);
        Assert.DoesNotContain(LaterDefaults.Permission, roles.Single(r => r.Name == Roles.SocialWorker).Permissions);
        Assert.Contains(LaterDefaults.Permission, roles.Single(r => r.Name == Roles.Director).Permissions);
    }

    [Fact]
    public async Task A_new_approval_subject_gets_its_default_flow_in_each_county_centre_with_stations()
    {
        await using var installation = await Installation.StartAsync(shared);
        var bureau = await installation.First.NewOrganisationAsync("市民政局"); // no stations of its own
        var later = await installation.StartNodeAsync(LaterDefaults.Add);

        using var director = await later.ClientForAsync(await later.NewUserAsync(Roles.Director, installation.Station), installation.Station);
        var settings = await director.GetFromJsonAsync<ApprovalFlowSettings>("/api/v1/approval-flows");
        var flow = settings!.Subjects.Single(s => s.SubjectType == LaterDefaults.SubjectType).CountyDefault;
        Assert.Equal(["站长审批"], flow!.Steps.Select(s => s.Name));
        Assert.Equal([installation.First.OrganisationId], await CountyDefaultsAsync(later, LaterDefaults.SubjectType));
        Assert.DoesNotContain(bureau.Id, await CountyDefaultsAsync(later, LaterDefaults.SubjectType));
    }

    [Fact]
    public async Task Several_nodes_starting_at_once_roll_new_defaults_out_once()
    {
        await using var installation = await Installation.StartAsync(shared);

        var nodes = await installation.StartNodesAsync(3, LaterDefaults.Add);

        var holders = (await installation.RolesAsync(nodes[0])).Where(r => r.Permissions.Contains(LaterDefaults.Permission)).Select(r => r.Name);
        Assert.Equal(LaterDefaults.GrantedTo.Order(), holders.Order());
        Assert.Equal([installation.First.OrganisationId], await CountyDefaultsAsync(nodes[0], LaterDefaults.SubjectType));
    }

    [Fact]
    [Trait("Clause", "C7.3.1")]
    public async Task Before_the_separation_of_duties_the_administrator_held_all_three_after_it_keeps_accounts_and_appoints_an_auditor()
    {
        await using var installation = await Installation.StartAsync(shared);
        var administrator = await installation.First.NewUserAsync(Roles.Admin, installation.Station);
        await using (var scope = installation.First.SystemScope())
        {
            // As the release before issue 10 left it: no 安全管理员 or 审计管理员 role, and a 系统管理员 role holding every duty.
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var newRoles = db.Roles.Where(r => r.Name == Roles.SecurityAdmin || r.Name == Roles.AuditAdmin).Select(r => r.Id);
            await db.UserRoles.Where(ur => newRoles.Contains(ur.RoleId)).ExecuteDeleteAsync();
            await db.RolePermissions.Where(p => newRoles.Contains(p.RoleId)).ExecuteDeleteAsync();
            await db.Roles.Where(r => r.Name == Roles.SecurityAdmin || r.Name == Roles.AuditAdmin).ExecuteDeleteAsync();
            var adminRole = await db.Roles.Where(r => r.Name == Roles.Admin).Select(r => r.Id).SingleAsync();
            db.RolePermissions.AddRange(new[] { PlatformPermissions.RolesManage, PlatformPermissions.AuditView, PlatformPermissions.LoginHistoryView }
                .Select(p => new RolePermission { RoleId = adminRole, Permission = p }));
            await db.SaveChangesAsync();
        }
        using var before = await installation.First.ClientForAsync(administrator, installation.Station);
        Assert.Equal(HttpStatusCode.OK, (await before.GetAsync("/api/v1/admin/audit")).StatusCode);

        var later = await installation.StartNodeAsync(_ => { });

        Assert.Equal(HttpStatusCode.Unauthorized, (await before.GetAsync("/api/v1/me")).StatusCode); // the role changed: sign in again
        using var admin = await later.ClientForAsync(administrator, installation.Station);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/api/v1/admin/users")).StatusCode);
        foreach (var url in new[] { "/api/v1/admin/roles", "/api/v1/admin/audit", "/api/v1/admin/login-history" })
            Assert.Equal(HttpStatusCode.Forbidden, (await admin.GetAsync(url)).StatusCode);
        await using (var scope = later.SystemScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var defaults = later.Services.GetRequiredService<PermissionCatalog>().DefaultGrants;
            foreach (var role in new[] { Roles.Admin, Roles.SecurityAdmin, Roles.AuditAdmin })
            {
                var held = await db.RolePermissions.Where(p => db.Roles.Any(r => r.Id == p.RoleId && r.Name == role)).Select(p => p.Permission).ToListAsync();
                Assert.Equal(defaults.Where(g => g.Role == role).Select(g => g.Permission).Order(), held.Order());
            }
        }

        // The 系统管理员 appoints the 审计管理员, who reads what the administrator did and verifies the chain.
        using var auditor = await later.AppointAsync(admin, Roles.AuditAdmin, installation.Station.Id);
        var trail = await auditor.GetFromJsonAsync<Page<AuditDto>>($"/api/v1/admin/audit?userName={administrator.UserName}&entity=AppUser");
        Assert.Contains(trail!.Items, row => row.Action == "Create");
        var verified = await (await auditor.PostAsync("/api/v1/admin/audit/verify", null)).Content.ReadFromJsonAsync<VerificationDto>();
        Assert.True(verified!.IsIntact, verified.Message);
    }

    /// <summary>The organisations holding a county default flow of the subject type, once per flow.</summary>
    private static async Task<List<Guid>> CountyDefaultsAsync(TestApp app, string subjectType)
    {
        await using var scope = app.SystemScope();
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().ApprovalFlows
            .Where(f => f.SubjectType == subjectType && f.StationId == null).Select(f => f.OrganisationId).ToListAsync();
    }
}

/// <summary>An installation of its own (the roles are deployment-wide, so other tests must not see these changes): the
/// first start as today's release, with a station and an administrator, then further starts over the same database.</summary>
internal sealed class Installation : IAsyncDisposable
{
    private readonly List<TestApp> _nodes = [];
    public required TestApp First { get; init; }
    /// <summary>The 安全管理员, who reads and edits the roles.</summary>
    public required TestUser SecurityAdmin { get; init; }
    public required SocialWorkStation.Platform.Stations.Station Station { get; init; }

    public static async Task<Installation> StartAsync(TestApp shared)
    {
        TestApp first = shared.Provider == "Postgres" ? new PostgresApp() : new SqliteApp();
        await first.InitializeAsync();
        var station = await first.NewStationAsync();
        return new Installation { First = first, Station = station, SecurityAdmin = await first.NewUserAsync(Roles.SecurityAdmin, station) };
    }

    public async Task<TestApp> StartNodeAsync(Action<IServiceCollection> services) => (await StartNodesAsync(1, services))[0];

    /// <summary>Starts nodes over the installation's database at the same moment.</summary>
    public async Task<IReadOnlyList<TestApp>> StartNodesAsync(int count, Action<IServiceCollection> services)
    {
        var nodes = Enumerable.Range(0, count).Select(_ => First.AnotherNode(services)).ToList();
        _nodes.AddRange(nodes);
        await Task.WhenAll(nodes.Select(n => Task.Run(n.InitializeAsync)));
        return nodes;
    }

    public async Task<List<RoleDto>> RolesAsync(TestApp node)
    {
        using var security = await node.ClientForAsync(SecurityAdmin);
        return (await security.GetFromJsonAsync<List<RoleDto>>("/api/v1/admin/roles"))!;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var app in _nodes.Append(First)) await ((IAsyncLifetime)app).DisposeAsync();
    }
}

[Collection(SqliteCollection.Name)] public sealed class DefaultsRolloutOnSqlite(SqliteApp app) : DefaultsRolloutTests(app);
[Collection(PostgresCollection.Name)] public sealed class DefaultsRolloutOnPostgres(PostgresApp app) : DefaultsRolloutTests(app);
