using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using SocialWorkStation.IntegrationTests.Admin;
using SocialWorkStation.IntegrationTests.Infrastructure;
using SocialWorkStation.Platform.Identity;
using SocialWorkStation.Platform.Permissions;
using static SocialWorkStation.IntegrationTests.Admin.AdminApi;

namespace SocialWorkStation.IntegrationTests.Account;

/// <summary>Sign-out, password changes and changed grants end sessions on the server, at once (issue 10, items 3 and 9).</summary>
[Trait("Clause", "C7.3.1")]
public abstract partial class SessionRevocationTests(TestApp app)
{
    [Fact]
    public async Task Signing_out_through_the_API_revokes_the_bearer_token_at_once()
    {
        var user = await app.NewUserAsync(Roles.Finance, await app.NewStationAsync());
        using var client = await app.ClientForAsync(user);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/me")).StatusCode);

        Assert.Equal(HttpStatusCode.NoContent, (await client.PostAsync("/api/v1/auth/logout", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/v1/me")).StatusCode);
    }

    [Fact]
    public async Task A_copied_cookie_stops_working_as_soon_as_its_user_signs_out()
    {
        var user = await app.NewUserAsync(Roles.Finance, await app.NewStationAsync());
        var jar = new CookieContainer();
        using var browser = new HttpClient(new HttpClientHandler { CookieContainer = jar, AllowAutoRedirect = false }) { BaseAddress = app.BaseAddress };
        await SignInThroughThePageAsync(browser, user);
        var copied = jar.GetCookieHeader(app.BaseAddress);
        using var thief = app.NewClient();
        thief.DefaultRequestHeaders.Add("Cookie", copied);
        Assert.Equal(HttpStatusCode.OK, (await thief.GetAsync("/api/v1/me")).StatusCode);

        await browser.PostAsync("/account/logout", null);
        Assert.Equal(HttpStatusCode.Unauthorized, (await thief.GetAsync("/api/v1/me")).StatusCode);
    }

    [Fact]
    public async Task A_password_reset_by_an_administrator_revokes_the_users_tokens()
    {
        var (admin, _, station) = await app.AdminAsync();
        var user = await app.NewUserAsync(Roles.Finance, station);
        using var client = await app.ClientForAsync(user);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/me")).StatusCode);

        var reset = await admin.PostAsJsonAsync($"/api/v1/admin/users/{user.Id}/reset-password", new { newPassword = "Brand-New-Passw0rd" });
        Assert.Equal(HttpStatusCode.OK, reset.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/v1/me")).StatusCode);
    }

    [Fact]
    public async Task Changing_ones_own_password_revokes_the_other_tokens_and_takes_the_new_password()
    {
        var user = await app.NewUserAsync(Roles.Finance, await app.NewStationAsync());
        using var client = await app.ClientForAsync(user);
        using var other = await app.ClientForAsync(user);

        var weak = await client.PostAsJsonAsync("/api/v1/me/password", new { currentPassword = user.Password, newPassword = "short" });
        Assert.Contains("至少需要 10 个字符", (await weak.FieldErrorsAsync())["newPassword"].Single());
        var wrong = await client.PostAsJsonAsync("/api/v1/me/password", new { currentPassword = "Not-The-Passw0rd", newPassword = "Another-Passw0rd" });
        Assert.Contains("当前密码不正确", (await wrong.FieldErrorsAsync())["currentPassword"].Single());

        var changed = await client.PostAsJsonAsync("/api/v1/me/password", new { currentPassword = user.Password, newPassword = "Another-Passw0rd" });
        Assert.Equal(HttpStatusCode.NoContent, changed.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await other.GetAsync("/api/v1/me")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.SignInAsync(user.UserName, user.Password)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await app.SignInAsync(user.UserName, "Another-Passw0rd")).StatusCode);
    }

    [Fact]
    public async Task New_roles_or_stations_end_the_users_sessions()
    {
        var (admin, _, station) = await app.AdminAsync();
        var user = await app.NewUserAsync(Roles.Finance, station);
        using var client = await app.ClientForAsync(user);
        var current = await admin.GetFromJsonAsync<UserDto>($"/api/v1/admin/users/{user.Id}");

        var renamed = await admin.PutAsJsonAsync($"/api/v1/admin/users/{user.Id}", new
        {
            displayName = "改名不换权", roles = new[] { Roles.Finance }, stationIds = new[] { station.Id }, current!.ConcurrencyStamp,
        });
        Assert.Equal(HttpStatusCode.OK, renamed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/me")).StatusCode); // same grants: nothing to end

        var regranted = await admin.PutAsJsonAsync($"/api/v1/admin/users/{user.Id}", new
        {
            displayName = "改名不换权", roles = new[] { Roles.Finance, Roles.Archivist }, stationIds = new[] { station.Id },
        });
        Assert.Equal(HttpStatusCode.OK, regranted.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/v1/me")).StatusCode);
    }

    [Fact]
    public async Task New_permissions_of_a_role_end_its_holders_sessions()
    {
        var (security, _, station) = await app.AdministratorAsync(Roles.SecurityAdmin);
        var role = await AdminRoleTests.NewRoleAsync(app, PlatformPermissions.ApprovalsSubmit);
        var holder = await app.NewUserAsync(role.Name!, station);
        using var client = await app.ClientForAsync(holder);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/me")).StatusCode);

        var saved = await security.PutAsJsonAsync($"/api/v1/admin/roles/{role.Id}/permissions",
            new { permissions = new[] { PlatformPermissions.ApprovalsSubmit, PlatformPermissions.ApprovalsViewAll } });
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/v1/me")).StatusCode);
    }

    private static async Task SignInThroughThePageAsync(HttpClient browser, TestUser user)
    {
        var login = await browser.GetStringAsync("/account/login");
        var signIn = await browser.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "login",
            ["__RequestVerificationToken"] = AntiforgeryToken().Match(login).Groups[1].Value,
            ["Input.UserName"] = user.UserName,
            ["Input.Password"] = user.Password,
        }));
        Assert.True(signIn.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.Found, $"sign-in answered {(int)signIn.StatusCode}");
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();
}

[Collection(SqliteCollection.Name)] public sealed class SessionRevocationOnSqlite(SqliteApp app) : SessionRevocationTests(app);
[Collection(PostgresCollection.Name)] public sealed class SessionRevocationOnPostgres(PostgresApp app) : SessionRevocationTests(app);
