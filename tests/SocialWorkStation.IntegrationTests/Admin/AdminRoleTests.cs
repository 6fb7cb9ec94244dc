using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using SocialWorkStation.Data;
using SocialWorkStation.IntegrationTests.Infrastructure;
using SocialWorkStation.Platform.Identity;
using SocialWorkStation.Platform.Permissions;
using static SocialWorkStation.IntegrationTests.Admin.AdminApi;

namespace SocialWorkStation.IntegrationTests.Admin;

[Trait("Clause", "C7.3.1")]
public abstract class AdminRoleTests(TestApp app)
{
    [Fact]
    public async Task Removing_a_permission_from_a_role_forbids_its_holders_on_their_next_request()
    {
        var (security, _, station) = await app.AdministratorAsync(Roles.SecurityAdmin);
        // A role of this test's own, so the shared built-in roles stay as other tests expect them.
        var role = await NewRoleAsync(PlatformPermissions.LoginHistoryView, PlatformPermissions.ApprovalsSubmit);
        var holder = await app.NewUserAsync(role.Name!, station);
        using var client = await app.ClientForAsync(holder);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/admin/login-history")).StatusCode);

        var saved = await security.PutAsJsonAsync($"/api/v1/admin/roles/{role.Id}/permissions",
            new { permissions = new[] { PlatformPermissions.ApprovalsSubmit } });
        Assert.Equal([PlatformPermissions.ApprovalsSubmit], (await saved.Content.ReadFromJsonAsync<RoleDto>())!.Permissions);
        // The holders' sessions end with the change (issue 10); signed in again, they no longer have the permission.
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/v1/admin/login-history")).StatusCode);
        using var again = await app.ClientForAsync(holder);
        Assert.Equal(HttpStatusCode.Forbidden, (await again.GetAsync("/api/v1/admin/login-history")).StatusCode);
    }

    [Theory]
    [InlineData(Roles.Admin, PlatformPermissions.UsersManage)]
    [InlineData(Roles.SecurityAdmin, PlatformPermissions.RolesManage)]
    [InlineData(Roles.AuditAdmin, PlatformPermissions.AuditView)]
    public async Task Each_administrator_role_keeps_its_duty(string roleName, string duty)
    {
        var (security, _, _) = await app.AdministratorAsync(Roles.SecurityAdmin);
        var roles = await security.GetFromJsonAsync<List<RoleDto>>("/api/v1/admin/roles");
        var role = roles!.Single(r => r.Name == roleName);
        var response = await security.PutAsJsonAsync($"/api/v1/admin/roles/{role.Id}/permissions",
            new { permissions = role.Permissions.Where(p => p != duty) });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains($"不能从{roleName}角色移除", await response.TitleAsync());
        var after = await security.GetFromJsonAsync<RoleDto>($"/api/v1/admin/roles/{role.Id}");
        Assert.Contains(duty, after!.Permissions);
    }

    [Fact]
    public async Task Unknown_permissions_and_stale_edits_are_refused()
    {
        var (security, _, _) = await app.AdministratorAsync(Roles.SecurityAdmin);
        var role = await NewRoleAsync(PlatformPermissions.ApprovalsSubmit);
        var unknown = await security.PutAsJsonAsync($"/api/v1/admin/roles/{role.Id}/permissions", new { permissions = new[] { "no.such" } });
        Assert.Contains("no.such", (await unknown.FieldErrorsAsync())["permissions"].Single());

        var current = await security.GetFromJsonAsync<RoleDto>($"/api/v1/admin/roles/{role.Id}");
        await security.PutAsJsonAsync($"/api/v1/admin/roles/{role.Id}/permissions",
            new { permissions = Array.Empty<string>(), concurrencyStamp = current!.ConcurrencyStamp });
        var stale = await security.PutAsJsonAsync($"/api/v1/admin/roles/{role.Id}/permissions",
            new { permissions = new[] { PlatformPermissions.AuditView }, concurrencyStamp = current.ConcurrencyStamp });
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
    }

    [Fact]
    public async Task A_social_worker_is_forbidden_on_every_admin_endpoint()
    {
        var station = await app.NewStationAsync();
        var worker = await app.NewUserAsync(Roles.SocialWorker, station);
        using var client = await app.ClientForAsync(worker);
        var endpoints = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/api/v1/admin", StringComparison.Ordinal) == true)
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"])
                .Select(m => (Method: m, Path: e.RoutePattern.RawText!.Replace("{id:guid}", Guid.NewGuid().ToString()))))
            .ToList();
        Assert.True(endpoints.Count >= 15, $"expected the admin endpoints, found {endpoints.Count}");

        foreach (var (method, path) in endpoints)
        {
            using var request = new HttpRequestMessage(new HttpMethod(method), path) { Content = JsonContent.Create(new { }) };
            var response = await client.SendAsync(request);
            Assert.True(response.StatusCode == HttpStatusCode.Forbidden, $"{method} {path} answered {(int)response.StatusCode}");
        }
    }

    private Task<AppRole> NewRoleAsync(params string[] permissions) => NewRoleAsync(app, permissions);

    /// <summary>A role of the test's own with the permissions, so the shared built-in roles stay as other tests expect them.</summary>
    internal static async Task<AppRole> NewRoleAsync(TestApp app, params string[] permissions)
    {
        await using var scope = app.SystemScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var name = app.Unique("测试角色");
        var role = new AppRole { Name = name, NormalizedName = name.ToUpperInvariant() };
        db.Roles.Add(role);
        db.RolePermissions.AddRange(permissions.Select(p => new RolePermission { RoleId = role.Id, Permission = p }));
        await db.SaveChangesAsync();
        return role;
    }
}

[Collection(SqliteCollection.Name)] public sealed class AdminRoleOnSqlite(SqliteApp app) : AdminRoleTests(app);
[Collection(PostgresCollection.Name)] public sealed class AdminRoleOnPostgres(PostgresApp app) : AdminRoleTests(app);
