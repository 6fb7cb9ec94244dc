using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OtpNet;
using SocialWorkStation.Data;
using SocialWorkStation.IntegrationTests.Infrastructure;
using SocialWorkStation.Platform.Identity;
using static SocialWorkStation.IntegrationTests.Admin.AdminApi;

namespace SocialWorkStation.IntegrationTests.Account;

/// <summary>Authenticator codes are used once; secrets, recovery codes and the key ring are not readable from a copy of
/// the database; enrolment after an administrator set the password takes an administrator's one-time code (issue 10).</summary>
[Trait("Clause", "C7.3.1")]
public abstract class TwoFactorTests(TestApp app)
{
    [Fact]
    public async Task The_same_authenticator_code_signs_in_only_once()
    {
        var admin = await app.NewUserAsync(Roles.Admin, await app.NewStationAsync());
        var code = new Totp(Base32Encoding.ToBytes(admin.TotpKey!)).ComputeTotp();
        using var client = app.NewClient();
        var body = new { userName = admin.UserName, password = admin.Password, twoFactorCode = code };

        Assert.Equal(HttpStatusCode.OK, (await client.PostAsJsonAsync("/api/v1/auth/token", body)).StatusCode);
        var replay = await client.PostAsJsonAsync("/api/v1/auth/token", body);
        Assert.Equal(HttpStatusCode.Unauthorized, replay.StatusCode);
        Assert.Contains("验证码不正确", await replay.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_database_copy_holds_neither_the_authenticator_secret_nor_a_readable_key_ring()
    {
        var admin = await app.NewUserAsync(Roles.Admin, await app.NewStationAsync());
        using var _ = await app.ClientForAsync(admin); // a sign-in: the key ring exists by now
        await using var scope = app.SystemScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var stored = await db.UserTokens.Where(t => t.UserId == admin.Id && t.Name == "AuthenticatorKey").Select(t => t.Value).SingleAsync();
        Assert.DoesNotContain(admin.TotpKey!, stored);
        var keys = await db.DataProtectionKeys.Select(k => k.Xml).ToListAsync();
        Assert.NotEmpty(keys);
        Assert.All(keys, xml =>
        {
            Assert.Contains("encryptedSecret", xml);
            Assert.DoesNotContain("<masterKey", xml);
        });
    }

    [Fact]
    public async Task An_authenticator_secret_stored_plain_by_an_earlier_version_is_encrypted_at_start_and_still_works()
    {
        var admin = await app.NewUserAsync(Roles.Admin, await app.NewStationAsync());
        await using (var scope = app.SystemScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var token = await db.UserTokens.SingleAsync(t => t.UserId == admin.Id && t.Name == "AuthenticatorKey");
            token.Value = admin.TotpKey; // as earlier versions stored it
            await db.SaveChangesAsync();
        }

        var next = app.AnotherNode(); // the installation's next start runs the start-up steps
        await next.InitializeAsync();
        try
        {
            await using var scope = app.SystemScope();
            var stored = await scope.ServiceProvider.GetRequiredService<AppDbContext>().UserTokens
                .Where(t => t.UserId == admin.Id && t.Name == "AuthenticatorKey").Select(t => t.Value).SingleAsync();
            Assert.NotEqual(admin.TotpKey, stored);
            Assert.DoesNotContain(admin.TotpKey!, stored);
            using var client = await next.ClientForAsync(admin);
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/me")).StatusCode);
        }
        finally
        {
            await ((IAsyncLifetime)next).DisposeAsync();
        }
    }

    [Fact]
    public async Task After_an_administrator_set_the_password_enrolment_takes_their_one_time_code_and_gives_recovery_codes()
    {
        var (admin, _, station) = await app.AdminAsync();
        var created = await admin.CreateUserAsync(NewUserBody(app.Unique("new"), Roles.SocialWorker, station.Id));
        using var first = await TokenClientAsync(created.UserName, TestApp.Password);
        var blocked = await first.GetAsync("/api/v1/me");
        Assert.Equal(HttpStatusCode.Forbidden, blocked.StatusCode);
        Assert.Contains("修改", await blocked.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NoContent,
            (await first.PostAsJsonAsync("/api/v1/me/password", new { currentPassword = TestApp.Password, newPassword = "Mine-Only-Passw0rd" })).StatusCode);

        using var user = await TokenClientAsync(created.UserName, "Mine-Only-Passw0rd");
        Assert.Equal(HttpStatusCode.Forbidden, (await user.GetAsync("/api/v1/me")).StatusCode); // 社工 may reveal IDs: 2FA first
        var status = await user.GetFromJsonAsync<StatusDto>("/api/v1/me/two-factor");
        Assert.True(status!.EnrolmentCodeRequired);
        var totp = new Totp(Base32Encoding.ToBytes(status.AuthenticatorKey!));
        var withoutCode = await user.PostAsJsonAsync("/api/v1/me/two-factor", new { code = totp.ComputeTotp() });
        Assert.Contains("绑定码", (await withoutCode.FieldErrorsAsync())["enrolmentCode"].Single());

        var issued = await (await admin.PostAsync($"/api/v1/admin/users/{created.Id}/enrolment-code", null))
            .Content.ReadFromJsonAsync<EnrolmentCodeDto>();
        var enabled = await user.PostAsJsonAsync("/api/v1/me/two-factor", new { code = totp.ComputeTotp(), enrolmentCode = issued!.Code });
        Assert.Equal(HttpStatusCode.OK, enabled.StatusCode);
        var recovery = (await enabled.Content.ReadFromJsonAsync<RecoveryDto>())!.RecoveryCodes;
        Assert.Equal(10, recovery.Distinct().Count());

        await using (var scope = app.SystemScope())
        {
            var stored = await scope.ServiceProvider.GetRequiredService<AppDbContext>().UserTokens
                .Where(t => t.UserId == created.Id && t.Name == "RecoveryCodes").Select(t => t.Value).SingleAsync();
            Assert.DoesNotContain(recovery[0], stored!);
        }
        var body = new { userName = created.UserName, password = "Mine-Only-Passw0rd", twoFactorCode = recovery[0] };
        using var anonymous = app.NewClient();
        Assert.Equal(HttpStatusCode.OK, (await anonymous.PostAsJsonAsync("/api/v1/auth/token", body)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsJsonAsync("/api/v1/auth/token", body)).StatusCode);
    }

    private async Task<HttpClient> TokenClientAsync(string userName, string password)
    {
        var response = await app.SignInAsync(userName, password);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var client = app.NewClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer",
            (await response.Content.ReadFromJsonAsync<TokenDto>())!.AccessToken);
        return client;
    }

    private sealed record TokenDto(string AccessToken);
    private sealed record StatusDto(bool Enabled, string? AuthenticatorKey, bool EnrolmentCodeRequired);
    private sealed record EnrolmentCodeDto(string Code, DateTime ExpiresAt);
    private sealed record RecoveryDto(List<string> RecoveryCodes);
}

[Collection(SqliteCollection.Name)] public sealed class TwoFactorOnSqlite(SqliteApp app) : TwoFactorTests(app);
[Collection(PostgresCollection.Name)] public sealed class TwoFactorOnPostgres(PostgresApp app) : TwoFactorTests(app);
