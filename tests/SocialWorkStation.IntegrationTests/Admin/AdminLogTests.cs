using System.Net;
using System.Net.Http.Json;
using SocialWorkStation.IntegrationTests.Infrastructure;
using SocialWorkStation.Platform.Identity;
using static SocialWorkStation.IntegrationTests.Admin.AdminApi;

namespace SocialWorkStation.IntegrationTests.Admin;

public abstract class AdminLogTests(TestApp app)
{
    [Fact]
    [Trait("Clause", "C7.3.1")]
    public async Task Login_history_shows_failed_and_successful_sign_ins_with_address_and_browser_newest_first()
    {
        var (auditor, _, station) = await app.AdministratorAsync(Roles.AuditAdmin);
        var user = await app.NewUserAsync(Roles.Finance, station); // no second step: one sign-in is one row
        await app.SignInAsync(user.UserName, "Wrong-Passw0rd", "SwsTestAgent/1.0");
        await app.SignInAsync(user.UserName, user.Password, "SwsTestAgent/2.0");

        var history = await auditor.GetFromJsonAsync<Page<LoginEventDto>>($"/api/v1/admin/login-history?userName={user.UserName}");
        Assert.Equal(2, history!.Total);
        var (success, failure) = (history.Items[0], history.Items[1]);
        Assert.True(success.Succeeded);
        Assert.Equal("SwsTestAgent/2.0", success.UserAgent);
        Assert.False(failure.Succeeded);
        Assert.Equal("用户名或密码不正确。", failure.Reason);
        Assert.Equal("SwsTestAgent/1.0", failure.UserAgent);
        Assert.All(history.Items, e => Assert.Equal("127.0.0.1", e.IpAddress));
        // Shown in Beijing time, eight hours ahead of the stored UTC instant.
        Assert.Equal(success.At.AddHours(8).ToString("yyyy-MM-dd HH:mm:ss"), success.AtLocal);

        var failures = await auditor.GetFromJsonAsync<Page<LoginEventDto>>(
            $"/api/v1/admin/login-history?userName={user.UserName}&succeeded=false");
        Assert.Equal("SwsTestAgent/1.0", Assert.Single(failures!.Items).UserAgent);
    }

    [Fact]
    [Trait("Clause", "C7.3.2")]
    public async Task The_audit_trail_records_a_user_creation_by_whom_with_the_password_hash_redacted()
    {
        var (admin, me, station) = await app.AdminAsync();
        var created = await admin.CreateUserAsync(NewUserBody(app.Unique("aud"), Roles.SocialWorker, station.Id));
        using var auditor = await app.ClientForAsync(await app.NewUserAsync(Roles.AuditAdmin, station));

        var page = await auditor.GetFromJsonAsync<Page<AuditDto>>($"/api/v1/admin/audit?entity=AppUser&entityKey={created.Id}");
        var creation = page!.Items.Single(a => a.Action == "Create");
        Assert.Equal(me.UserName, creation.UserName);
        Assert.Contains("PasswordHash", creation.ChangedFields);
        var changes = ChangesOf(creation);
        Assert.Equal("***", changes.GetProperty("PasswordHash")[1].GetString());
        Assert.Equal("***", changes.GetProperty("SecurityStamp")[1].GetString());
        Assert.Equal(created.UserName, changes.GetProperty("UserName")[1].GetString());
        Assert.DoesNotContain(TestApp.Password, creation.Changes);
    }

    [Fact]
    [Trait("Clause", "C7.3.2")]
    public async Task The_audit_list_filters_by_user_and_date_and_rejects_a_reversed_range()
    {
        var (admin, me, station) = await app.AdminAsync();
        var created = await admin.PostAsJsonAsync("/api/v1/admin/stations", new { name = "审计筛选站", code = app.Unique("A") });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        // A day either side, so the test holds even when run across midnight in Beijing.
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));
        string Day(int offset) => today.AddDays(offset).ToString("yyyy-MM-dd");
        using var auditor = await app.ClientForAsync(await app.NewUserAsync(Roles.AuditAdmin, station));

        var mine = await auditor.GetFromJsonAsync<Page<AuditDto>>(
            $"/api/v1/admin/audit?userName={me.UserName}&from={Day(-1)}&to={Day(1)}&entity=Station");
        Assert.Equal("Station", Assert.Single(mine!.Items).Entity);
        var before = await auditor.GetFromJsonAsync<Page<AuditDto>>($"/api/v1/admin/audit?userName={me.UserName}&to={Day(-2)}");
        Assert.Equal(0, before!.Total);

        var reversed = await auditor.GetAsync($"/api/v1/admin/audit?from={Day(0)}&to=2000-01-01");
        Assert.Equal("结束日期不能早于开始日期。", (await reversed.FieldErrorsAsync())["to"].Single());
    }

    [Fact]
    public async Task Stations_are_created_with_unique_codes_and_deactivated_stations_leave_users_station_lists()
    {
        var (admin, _, _) = await app.AdminAsync();
        var code = app.Unique("N");
        var response = await admin.PostAsJsonAsync("/api/v1/admin/stations", new { name = "新设社工站", code });
        var station = (await response.Content.ReadFromJsonAsync<StationDto>())!;
        var duplicate = await admin.PostAsJsonAsync("/api/v1/admin/stations", new { name = "重复", code });
        Assert.Contains("已被使用", (await duplicate.FieldErrorsAsync())["code"].Single());
        var missing = await admin.PostAsJsonAsync("/api/v1/admin/stations", new { });
        Assert.Equal("请填写社工站名称。", (await missing.FieldErrorsAsync())["name"].Single());

        var other = await app.NewStationAsync();
        var created = await admin.CreateUserAsync(NewUserBody(app.Unique("st"), Roles.Supervisor, station.Id, other.Id));
        using var worker = await app.ClientForAsync(await app.FirstSignInAsync(created));
        Assert.Equal(2, (await worker.GetFromJsonAsync<MeDto>("/api/v1/me"))!.Stations.Count);

        await admin.PostAsync($"/api/v1/admin/stations/{station.Id}/deactivate", null);
        var me = await worker.GetFromJsonAsync<MeDto>("/api/v1/me");
        Assert.Equal([other.Id], me!.Stations.Select(s => s.Id));
    }
}

[Collection(SqliteCollection.Name)] public sealed class AdminLogOnSqlite(SqliteApp app) : AdminLogTests(app);
[Collection(PostgresCollection.Name)] public sealed class AdminLogOnPostgres(PostgresApp app) : AdminLogTests(app);
