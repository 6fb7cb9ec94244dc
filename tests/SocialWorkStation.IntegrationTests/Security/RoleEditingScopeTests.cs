using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using SocialWorkStation.IntegrationTests.Infrastructure;
using SocialWorkStation.Platform.Identity;
using SocialWorkStation.Platform.Permissions;

namespace SocialWorkStation.IntegrationTests.Security;

/// <summary>Issue 10 item 6: roles are one set for the whole deployment, so only its top organisation edits them; a county
/// centre under a city bureau could otherwise give its own role (county oversight) what other counties' staff hold.</summary>
public abstract class RoleEditingScopeTests(TestApp app)
{
    [Fact]
    [Trait("Clause", "C7.3.1")]
    public async Task A_county_centre_under_a_city_cannot_change_the_shared_roles_but_the_deployment_level_can()
    {
        var city = await app.NewOrganisationAsync(app.Unique("市民政局"));
        var county = await app.NewOrganisationAsync(app.Unique("县指导中心"), city);
        var countyStation = await app.NewStationAsync(organisation: county);
        using var countyAdmin = await app.ClientForAsync(await app.NewUserAsync(county, Roles.SecurityAdmin, countyStation), countyStation);
        var cityStation = await app.NewStationAsync(organisation: city);
        using var cityAdmin = await app.ClientForAsync(await app.NewUserAsync(city, Roles.SecurityAdmin, cityStation), cityStation);

        var roles = await cityAdmin.GetFromJsonAsync<JsonElement>("/api/v1/admin/roles");
        var worker = roles.EnumerateArray().Single(r => r.GetProperty("name").GetString() == Roles.SocialWorker);
        var id = worker.GetProperty("id").GetGuid();
        var current = worker.GetProperty("permissions").EnumerateArray().Select(p => p.GetString()!).ToList();
        var widened = new { permissions = current.Append(PlatformPermissions.CountyOversight).ToList() };

        var refused = await countyAdmin.PutAsJsonAsync($"/api/v1/admin/roles/{id}/permissions", widened);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Contains("部署层级", await refused.Content.ReadAsStringAsync());

        var allowed = await cityAdmin.PutAsJsonAsync($"/api/v1/admin/roles/{id}/permissions", new { permissions = current });
        Assert.True(allowed.IsSuccessStatusCode, await allowed.Content.ReadAsStringAsync());
    }
}

[Collection(SqliteCollection.Name)] public sealed class RoleEditingScopeOnSqlite(SqliteApp app) : RoleEditingScopeTests(app);
[Collection(PostgresCollection.Name)] public sealed class RoleEditingScopeOnPostgres(PostgresApp app) : RoleEditingScopeTests(app);
