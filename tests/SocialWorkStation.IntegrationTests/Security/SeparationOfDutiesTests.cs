using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using SocialWorkStation.IntegrationTests.Admin;
using SocialWorkStation.IntegrationTests.Infrastructure;
using SocialWorkStation.Platform.Identity;
using SocialWorkStation.Platform.Permissions;
using static SocialWorkStation.IntegrationTests.Admin.AdminApi;

namespace SocialWorkStation.IntegrationTests.Security;

/// <summary>Issue 10 item 6, 三权分立: the 系统管理员 (accounts, stations), 安全管理员 (roles and permissions) and 审计管理员
/// (audit records, read only) each do their own job and cannot do another's, and no role or account may combine two.</summary>
[Trait("Clause", "C7.3.1")]
public abstract class SeparationOfDutiesTests(TestApp app)
{
    [Fact]
    public async Task Each_administrator_does_their_own_job_and_none_of_the_others()
    {
        var (admin, _, _) = await app.AdministratorAsync(Roles.Admin);
        var (security, _, _) = await app.AdministratorAsync(Roles.SecurityAdmin);
        var (auditor, _, _) = await app.AdministratorAsync(Roles.AuditAdmin);
        var jobs = new (HttpClient Holder, string[] Urls)[]
        {
            (admin, ["/api/v1/admin/users", "/api/v1/admin/stations"]),
            (security, ["/api/v1/admin/roles", "/api/v1/admin/permissions"]),
            (auditor, ["/api/v1/admin/audit", "/api/v1/admin/access-log", "/api/v1/admin/login-history", "/api/v1/admin/security-check"]),
        };

        foreach (var (holder, urls) in jobs)
            foreach (var (client, _) in jobs)
                foreach (var url in urls)
                    Assert.Equal(client == holder ? HttpStatusCode.OK : HttpStatusCode.Forbidden, (await client.GetAsync(url)).StatusCode);
        var role = (await security.GetFromJsonAsync<List<RoleDto>>("/api/v1/admin/roles"))!.Single(r => r.Name == Roles.SocialWorker);
        var edit = new { permissions = role.Permissions };
        Assert.Equal(HttpStatusCode.Forbidden, (await admin.PutAsJsonAsync($"/api/v1/admin/roles/{role.Id}/permissions", edit)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await auditor.PutAsJsonAsync($"/api/v1/admin/roles/{role.Id}/permissions", edit)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await auditor.PostAsync("/api/v1/admin/users", JsonContent.Create(new { }))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await security.PostAsync("/api/v1/admin/users", JsonContent.Create(new { }))).StatusCode);
    }

    [Theory]
    [InlineData(Roles.Admin, Roles.AuditAdmin)]
    [InlineData(Roles.Admin, Roles.SecurityAdmin)]
    [InlineData(Roles.SecurityAdmin, Roles.AuditAdmin)]
    [InlineData(Roles.InformationOfficer, Roles.SecurityAdmin)] // the station's officer reads the station's audit trail
    public async Task No_account_is_given_two_administrative_duties(string first, string second)
    {
        var (admin, me, station) = await app.AdminAsync();

        var created = await admin.PostAsJsonAsync("/api/v1/admin/users", new
        {
            userName = app.Unique("two"), displayName = "兼任", password = TestApp.Password, roles = new[] { first, second }, stationIds = new[] { station.Id },
        });
        Assert.Contains("三权分立", (await created.FieldErrorsAsync())["roles"].Single());

        // Nor by adding the second duty to an account that holds the first.
        var holder = await admin.CreateUserAsync(NewUserBody(app.Unique("one"), first, station.Id));
        var widened = await admin.PutAsJsonAsync($"/api/v1/admin/users/{holder.Id}", new
        {
            displayName = holder.DisplayName, roles = new[] { first, second }, stationIds = new[] { station.Id },
        });
        Assert.Contains("三权分立", (await widened.FieldErrorsAsync())["roles"].Single());
        Assert.Equal([first], (await admin.GetFromJsonAsync<UserDto>($"/api/v1/admin/users/{holder.Id}"))!.Roles);

        // The 系统管理员 cannot make themself the 审计管理员 either.
        var self = await admin.PutAsJsonAsync($"/api/v1/admin/users/{me.Id}", new
        {
            displayName = "系统管理员", roles = new[] { Roles.Admin, Roles.AuditAdmin }, stationIds = new[] { station.Id },
        });
        Assert.Contains("三权分立", (await self.FieldErrorsAsync())["roles"].Single());
    }

    [Fact]
    public async Task No_role_is_given_a_second_duty_whether_by_itself_or_through_an_account_that_holds_another_role()
    {
        var (security, _, station) = await app.AdministratorAsync(Roles.SecurityAdmin);
        var roles = (await security.GetFromJsonAsync<List<RoleDto>>("/api/v1/admin/roles"))!;
        var own = roles.Single(r => r.Name == Roles.SecurityAdmin);

        // The 安全管理员 cannot give their own role the audit records or the accounts.
        foreach (var other in new[] { PlatformPermissions.AuditView, PlatformPermissions.UsersManage })
        {
            var widened = await security.PutAsJsonAsync($"/api/v1/admin/roles/{own.Id}/permissions", new { permissions = own.Permissions.Append(other) });
            Assert.Equal(HttpStatusCode.BadRequest, widened.StatusCode);
            Assert.Contains("三权分立", await widened.TitleAsync());
        }

        // A role of no duty may take one, unless someone holding it also holds another duty's role.
        var helper = await AdminRoleTests.NewRoleAsync(app, PlatformPermissions.ApprovalsSubmit);
        var auditor = await app.NewUserAsync([helper.Name!, Roles.AuditAdmin], station);
        var blocked = await security.PutAsJsonAsync($"/api/v1/admin/roles/{helper.Id}/permissions",
            new { permissions = new[] { PlatformPermissions.ApprovalsSubmit, PlatformPermissions.UsersManage } });
        Assert.Equal(HttpStatusCode.BadRequest, blocked.StatusCode);
        var title = await blocked.TitleAsync();
        Assert.Contains(auditor.UserName, title);
        Assert.Contains("三权分立", title);
        var held = await security.GetFromJsonAsync<RoleDto>($"/api/v1/admin/roles/{helper.Id}");
        Assert.Equal([PlatformPermissions.ApprovalsSubmit], held!.Permissions);

        var unheld = await AdminRoleTests.NewRoleAsync(app, PlatformPermissions.ApprovalsSubmit);
        var granted = await security.PutAsJsonAsync($"/api/v1/admin/roles/{unheld.Id}/permissions",
            new { permissions = new[] { PlatformPermissions.ApprovalsSubmit, PlatformPermissions.UsersManage } });
        Assert.Equal(HttpStatusCode.OK, granted.StatusCode);
    }

    [Fact]
    [Trait("Clause", "C7.3.3")]
    public async Task The_self_check_names_an_account_that_still_combines_two_duties()
    {
        var station = await app.NewStationAsync();
        // As an installation upgraded from before 三权分立 may have it, until its 系统管理员 splits the account.
        var both = await app.NewUserAsync([Roles.Admin, Roles.InformationOfficer], station);
        using var auditor = await app.ClientForAsync(await app.NewUserAsync(Roles.AuditAdmin, station));

        var item = (await auditor.GetFromJsonAsync<JsonElement>("/api/v1/admin/security-check")).GetProperty("items").EnumerateArray()
            .Single(i => i.GetProperty("name").GetString()!.Contains("三权分立"));
        Assert.False(item.GetProperty("passed").GetBoolean());
        Assert.Contains(both.UserName, item.GetProperty("detail").GetString());
    }
}

[Collection(SqliteCollection.Name)] public sealed class SeparationOfDutiesOnSqlite(SqliteApp app) : SeparationOfDutiesTests(app);
[Collection(PostgresCollection.Name)] public sealed class SeparationOfDutiesOnPostgres(PostgresApp app) : SeparationOfDutiesTests(app);
