using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using SocialWorkStation.Data;
using SocialWorkStation.IntegrationTests.Infrastructure;
using SocialWorkStation.Platform.Identity;
using SocialWorkStation.Platform.Stations;
using SocialWorkStation.Web.Setup;
using static SocialWorkStation.IntegrationTests.Admin.AdminApi;

namespace SocialWorkStation.IntegrationTests.Admin;

[Trait("Clause", "C7.3.1")]
public abstract class AdminUserTests(TestApp app)
{
    [Fact]
    public async Task Creating_a_user_with_a_weak_password_is_400_with_a_chinese_message_on_the_password()
    {
        var (admin, _, station) = await app.AdminAsync();
        var response = await admin.PostAsJsonAsync("/api/v1/admin/users", new
        {
            userName = app.Unique("weak"), displayName = "弱密码", password = "password12", roles = new[] { Roles.SocialWorker },
            stationIds = new[] { station.Id },
        });
        var errors = await response.FieldErrorsAsync();
        Assert.Contains("至少三类", Assert.Single(errors["password"]));
    }

    [Fact]
    public async Task Creating_a_user_with_a_taken_user_name_is_400_on_the_user_name()
    {
        var (admin, existing, station) = await app.AdminAsync();
        var response = await admin.PostAsJsonAsync("/api/v1/admin/users", NewUserBody(existing.UserName, Roles.SocialWorker, station.Id));
        var errors = await response.FieldErrorsAsync();
        Assert.Contains("已被使用", Assert.Single(errors["userName"]));
    }

    [Fact]
    public async Task Creating_a_user_without_the_required_fields_names_each_missing_field_in_chinese()
    {
        var (admin, _, _) = await app.AdminAsync();
        var response = await admin.PostAsJsonAsync("/api/v1/admin/users", new { });
        var errors = await response.FieldErrorsAsync();
        Assert.Equal("请填写用户名。", errors["userName"].Single());
        Assert.Equal("请填写姓名。", errors["displayName"].Single());
        Assert.Equal("请设置初始密码。", errors["password"].Single());
        Assert.Equal("请至少选择一个角色。", errors["roles"].Single());
    }

    [Fact]
    public async Task An_external_evaluator_needs_an_access_end_date()
    {
        var (admin, _, station) = await app.AdminAsync();
        var response = await admin.PostAsJsonAsync("/api/v1/admin/users", NewUserBody(app.Unique("eval"), Roles.Evaluator, station.Id));
        Assert.Equal("外部评估员必须设置访问截止日期。", (await response.FieldErrorsAsync())["accessExpiresOn"].Single());
    }

    [Fact]
    public async Task A_station_user_created_through_the_api_signs_in_and_sees_only_their_station()
    {
        var (admin, _, _) = await app.AdminAsync();
        var station = await app.NewStationAsync();
        await app.NewStationAsync();
        var created = await admin.CreateUserAsync(NewUserBody(app.Unique("sv"), Roles.Supervisor, station.Id));
        Assert.Equal([Roles.Supervisor], created.Roles);

        using var worker = await app.ClientForAsync(await app.FirstSignInAsync(created));
        var me = await worker.GetFromJsonAsync<MeDto>("/api/v1/me");
        Assert.Equal(station.Id, me!.StationId);
        Assert.Equal([station.Id], me.Stations.Select(s => s.Id));
    }

    [Fact]
    public async Task Editing_a_user_changes_roles_stations_and_name_on_their_next_request()
    {
        var (admin, _, _) = await app.AdminAsync();
        var first = await app.NewStationAsync();
        var second = await app.NewStationAsync();
        var user = await app.NewUserAsync(Roles.SocialWorker, first);
        using var client = await app.ClientForAsync(user);

        var current = await admin.GetFromJsonAsync<UserDto>($"/api/v1/admin/users/{user.Id}");
        var response = await admin.PutAsJsonAsync($"/api/v1/admin/users/{user.Id}", new
        {
            displayName = "改名后", roles = new[] { Roles.Supervisor }, stationIds = new[] { second.Id },
            concurrencyStamp = current!.ConcurrencyStamp,
        });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        // New grants end the session (issue 10): the next sign-in carries them.
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/v1/me")).StatusCode);
        using var again = await app.ClientForAsync(user);
        var me = await again.GetFromJsonAsync<MeDto>("/api/v1/me");
        Assert.Equal([second.Id], me!.Stations.Select(s => s.Id));

        // The stamp read before the edit is stale now: a second edit based on it is refused, not overwritten.
        var stale = await admin.PutAsJsonAsync($"/api/v1/admin/users/{user.Id}", new
        {
            displayName = "又改名", roles = new[] { Roles.SocialWorker }, stationIds = new[] { first.Id },
            concurrencyStamp = current.ConcurrencyStamp,
        });
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
    }

    [Fact]
    public async Task A_disabled_user_loses_their_open_session_and_cannot_sign_in_until_re_enabled()
    {
        var (admin, _, station) = await app.AdminAsync();
        var user = await app.NewUserAsync(Roles.Finance, station); // signs in without a second step
        using var session = await app.ClientForAsync(user);
        Assert.Equal(HttpStatusCode.OK, (await session.GetAsync("/api/v1/me")).StatusCode);

        var disabled = await admin.PostAsync($"/api/v1/admin/users/{user.Id}/disable", null);
        Assert.False((await disabled.Content.ReadFromJsonAsync<UserDto>())!.IsActive);
        Assert.Equal(HttpStatusCode.Unauthorized, (await session.GetAsync("/api/v1/me")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.SignInAsync(user.UserName, user.Password)).StatusCode);

        await admin.PostAsync($"/api/v1/admin/users/{user.Id}/enable", null);
        Assert.Equal(HttpStatusCode.OK, (await app.SignInAsync(user.UserName, user.Password)).StatusCode);
    }

    [Fact]
    public async Task Nobody_can_disable_their_own_account()
    {
        var (admin, me, _) = await app.AdminAsync();
        var response = await admin.PostAsync($"/api/v1/admin/users/{me.Id}/disable", null);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("不能停用自己的账号。", await response.TitleAsync());
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/api/v1/me")).StatusCode);
    }

    [Fact]
    public async Task Resetting_the_password_lets_a_locked_out_user_sign_in_with_the_new_one()
    {
        var (admin, _, station) = await app.AdminAsync();
        var user = await app.NewUserAsync(Roles.Finance, station); // signs in without a second step
        for (var i = 0; i < 5; i++) await app.SignInAsync(user.UserName, "Wrong-Passw0rd");
        var locked = await admin.GetFromJsonAsync<UserDto>($"/api/v1/admin/users/{user.Id}");
        Assert.True(locked!.IsLockedOut);

        var weak = await admin.PostAsJsonAsync($"/api/v1/admin/users/{user.Id}/reset-password", new { newPassword = "short" });
        Assert.Contains("至少需要 10 个字符", (await weak.FieldErrorsAsync())["newPassword"].Single());

        var reset = await admin.PostAsJsonAsync($"/api/v1/admin/users/{user.Id}/reset-password", new { newPassword = "Brand-New-Passw0rd" });
        Assert.False((await reset.Content.ReadFromJsonAsync<UserDto>())!.IsLockedOut);
        Assert.Equal(HttpStatusCode.OK, (await app.SignInAsync(user.UserName, "Brand-New-Passw0rd")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.SignInAsync(user.UserName, user.Password)).StatusCode);
    }

    [Fact]
    public async Task Unlocking_lets_a_locked_out_user_sign_in_with_their_password()
    {
        var (admin, _, station) = await app.AdminAsync();
        var user = await app.NewUserAsync(Roles.Finance, station); // signs in without a second step
        for (var i = 0; i < 5; i++) await app.SignInAsync(user.UserName, "Wrong-Passw0rd");
        // Throttled, not locked (issue 10): even the right password waits, answered 429.
        Assert.Equal(HttpStatusCode.TooManyRequests, (await app.SignInAsync(user.UserName, user.Password)).StatusCode);

        await admin.PostAsync($"/api/v1/admin/users/{user.Id}/unlock", null);
        Assert.Equal(HttpStatusCode.OK, (await app.SignInAsync(user.UserName, user.Password)).StatusCode);
    }

    [Fact]
    public async Task The_user_list_pages_and_searches_within_the_organisation()
    {
        var (admin, _, station) = await app.AdminAsync();
        var tag = app.Unique("find");
        for (var i = 0; i < 3; i++) await admin.CreateUserAsync(NewUserBody($"{tag}-{i}", Roles.SocialWorker, station.Id));

        var page = await admin.GetFromJsonAsync<Page<UserDto>>($"/api/v1/admin/users?search={tag.ToUpperInvariant()}&page=2&pageSize=2");
        Assert.Equal(3, page!.Total);
        Assert.Equal($"{tag}-2", Assert.Single(page.Items).UserName);
        var tooBig = await admin.GetAsync("/api/v1/admin/users?pageSize=1000");
        Assert.Contains("每页条数", (await tooBig.FieldErrorsAsync())["pageSize"].Single());
    }

    [Fact]
    public async Task An_administrator_cannot_see_or_change_users_or_stations_of_another_organisation()
    {
        var (admin, _, myStation) = await app.AdminAsync();
        var (otherStation, otherUser) = await OtherOrganisationAsync();

        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/api/v1/admin/users/{otherUser.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.PostAsync($"/api/v1/admin/users/{otherUser.Id}/disable", null)).StatusCode);
        var edit = await admin.PutAsJsonAsync($"/api/v1/admin/users/{otherUser.Id}", new
        {
            displayName = "越权", roles = new[] { Roles.SocialWorker }, stationIds = new[] { myStation.Id },
        });
        Assert.Equal(HttpStatusCode.NotFound, edit.StatusCode);
        var list = await admin.GetFromJsonAsync<Page<UserDto>>($"/api/v1/admin/users?search={otherUser.UserName}");
        Assert.Equal(0, list!.Total);

        // Nor can they place their own users in the other organisation's station.
        var intoOther = await admin.PostAsJsonAsync("/api/v1/admin/users", NewUserBody(app.Unique("x"), Roles.SocialWorker, otherStation.Id));
        Assert.Contains("不属于本机构", (await intoOther.FieldErrorsAsync())["stationIds"].Single());
        Assert.Equal(HttpStatusCode.NotFound, (await admin.PostAsync($"/api/v1/admin/stations/{otherStation.Id}/deactivate", null)).StatusCode);
    }

    private async Task<(Station, AppUser)> OtherOrganisationAsync()
    {
        await using var scope = app.SystemScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var org = new Organisation { Name = "另一个县指导中心" };
        var station = new Station { OrganisationId = org.Id, Name = "外县社工站", Code = app.Unique("O") };
        db.AddRange(org, station);
        await db.SaveChangesAsync();
        var user = await scope.ServiceProvider.GetRequiredService<InstallationService>().CreateUserAsync(
            org.Id, app.Unique("other"), "外县社工", TestApp.Password, [Roles.SocialWorker], [station.Id], CancellationToken.None);
        return (station, user.Value!);
    }
}

[Collection(SqliteCollection.Name)] public sealed class AdminUserOnSqlite(SqliteApp app) : AdminUserTests(app);
[Collection(PostgresCollection.Name)] public sealed class AdminUserOnPostgres(PostgresApp app) : AdminUserTests(app);
