using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SocialWorkStation.Data;
using SocialWorkStation.IntegrationTests.Infrastructure;
using SocialWorkStation.Platform.Identity;

namespace SocialWorkStation.IntegrationTests.Security;

/// <summary>Issue 10 acceptance: 安全自查 (C7.3.3 定期对信息安全进行检查和评估) reports each control pass or fail with the reason.</summary>
public abstract class SelfCheckTests(TestApp app)
{
    [Fact]
    [Trait("Clause", "C7.3.3")]
    public async Task The_self_check_names_administrators_without_two_factor_and_idle_accounts_and_reports_tls_and_verification()
    {
        var station = await app.NewStationAsync();
        var officer = await app.NewUserAsync(Roles.InformationOfficer, station);
        var admin = await app.NewUserAsync(Roles.Admin, station);
        var idle = await app.NewUserAsync(Roles.Supervisor, station);
        await using (var scope = app.SystemScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            await db.Users.Where(u => u.Id == admin.Id).ExecuteUpdateAsync(s => s.SetProperty(u => u.TwoFactorEnabled, false));
            await db.Users.Where(u => u.Id == idle.Id).ExecuteUpdateAsync(s => s.SetProperty(u => u.CreatedAt, DateTime.UtcNow.AddDays(-120)));
        }
        using var http = await app.ClientForAsync(officer, station);
        (await http.PostAsync("/api/v1/admin/audit/verify", null)).EnsureSuccessStatusCode();

        var items = (await http.GetFromJsonAsync<JsonElement>("/api/v1/admin/security-check")).GetProperty("items").EnumerateArray()
            .ToDictionary(i => i.GetProperty("name").GetString()!, i => (Passed: i.GetProperty("passed").GetBoolean(), Detail: i.GetProperty("detail").GetString()!));

        var twoFactor = items.Single(i => i.Key.Contains("双因素")).Value;
        Assert.False(twoFactor.Passed);
        Assert.Contains(admin.UserName, twoFactor.Detail);
        var inactive = items.Single(i => i.Key.Contains("90 天未登录")).Value;
        Assert.False(inactive.Passed);
        Assert.Contains(idle.UserName, inactive.Detail);
        Assert.DoesNotContain(officer.UserName, inactive.Detail);
        Assert.True(items.Single(i => i.Key.Contains("审计日志校验")).Value.Passed);
        Assert.True(items.Single(i => i.Key.Contains("密钥环")).Value.Passed);
        Assert.True(items.Single(i => i.Key.Contains("日志保留")).Value.Passed);
        Assert.False(items.Single(i => i.Key.Contains("TLS")).Value.Passed); // the tests serve plain HTTP
        Assert.Contains(items, i => i.Key.Contains("备份"));
    }

    [Fact]
    [Trait("Clause", "C7.3.3")]
    public async Task Only_holders_of_the_audit_permission_may_run_it()
    {
        var station = await app.NewStationAsync();
        using var worker = await app.ClientForAsync(await app.NewUserAsync(Roles.Supervisor, station), station);
        Assert.Equal(System.Net.HttpStatusCode.Forbidden, (await worker.GetAsync("/api/v1/admin/security-check")).StatusCode);
    }
}

[Collection(SqliteCollection.Name)] public sealed class SelfCheckOnSqlite(SqliteApp app) : SelfCheckTests(app);
[Collection(PostgresCollection.Name)] public sealed class SelfCheckOnPostgres(PostgresApp app) : SelfCheckTests(app);
