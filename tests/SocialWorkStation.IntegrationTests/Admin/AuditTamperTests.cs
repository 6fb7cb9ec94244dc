using System.Diagnostics;
using System.Net.Http.Json;
using Microsoft.Data.Sqlite;
using Npgsql;
using SocialWorkStation.IntegrationTests.Infrastructure;
using SocialWorkStation.Platform.Identity;
using static SocialWorkStation.IntegrationTests.Admin.AdminApi;

namespace SocialWorkStation.IntegrationTests.Admin;

/// <summary>Tampering breaks the chain for the whole database, so each test runs its own app and database.</summary>
[Trait("Clause", "C7.3.2")]
public abstract class AuditTamperTests(TestApp shared)
{
    [Fact]
    public async Task An_altered_audit_row_is_named_by_the_verify_endpoint_and_the_command_line()
    {
        await WithFreshAppAsync(async (app, admin) =>
        {
            var intact = await VerifyAsync(admin);
            Assert.True(intact.IsIntact, intact.Message);
            var n = intact.RowsChecked / 2;

            await ExecuteAsync(app, $$"""UPDATE platform_audit SET "Changes" = '{}' WHERE "Sequence" = {{n}}""");

            var broken = await VerifyAsync(admin);
            Assert.False(broken.IsIntact);
            Assert.Equal(n, broken.BrokenAtSequence);
            Assert.Contains($"第 {n} 条", broken.Message);
            var (exitCode, output) = await RunVerifyAuditCliAsync(app);
            Assert.Equal(2, exitCode);
            Assert.Contains($"第 {n} 条审计记录的内容被篡改", output);
        });
    }

    [Fact]
    public async Task A_deleted_audit_row_is_reported_as_the_gap_in_the_sequence()
    {
        await WithFreshAppAsync(async (app, admin) =>
        {
            var n = (await VerifyAsync(admin)).RowsChecked / 2;
            await ExecuteAsync(app, $"""DELETE FROM platform_audit WHERE "Sequence" = {n}""");

            var broken = await VerifyAsync(admin);
            Assert.Equal(n, broken.BrokenAtSequence);
            Assert.Contains($"第 {n} 条审计记录缺失", broken.Message);
            var (exitCode, output) = await RunVerifyAuditCliAsync(app);
            Assert.Equal(2, exitCode);
            Assert.Contains($"第 {n} 条审计记录缺失", output);
        });
    }

    private async Task WithFreshAppAsync(Func<TestApp, HttpClient, Task> test)
    {
        TestApp app = shared.Provider == "Postgres" ? new PostgresApp() : new SqliteApp();
        await app.InitializeAsync();
        try
        {
            // Some ordinary administration, so the chain has rows in the middle to tamper with.
            var (admin, _, station) = await app.AdminAsync();
            await admin.CreateUserAsync(NewUserBody(app.Unique("t"), Roles.SocialWorker, station.Id));
            await admin.PostAsJsonAsync("/api/v1/admin/stations", new { name = "篡改测试站", code = app.Unique("T") });
            await test(app, admin);
        }
        finally
        {
            await ((IAsyncLifetime)app).DisposeAsync();
        }
    }

    private static async Task<VerificationDto> VerifyAsync(HttpClient admin)
    {
        var response = await admin.PostAsync("/api/v1/admin/audit/verify", null);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<VerificationDto>())!;
    }

    /// <summary>Goes around the application, as someone with database access would.</summary>
    private static async Task ExecuteAsync(TestApp app, string sql)
    {
        if (app.Provider == "Postgres")
        {
            await using var pg = new NpgsqlConnection(app.ConnectionString);
            await pg.OpenAsync();
            await using var command = new NpgsqlCommand(sql, pg);
            Assert.Equal(1, await command.ExecuteNonQueryAsync());
            return;
        }
        await using var sqlite = new SqliteConnection(new SqliteConnectionStringBuilder(app.ConnectionString) { Pooling = false }.ToString());
        await sqlite.OpenAsync();
        await using var cmd = sqlite.CreateCommand();
        cmd.CommandText = sql;
        Assert.Equal(1, await cmd.ExecuteNonQueryAsync());
    }

    /// <summary>The real `verify-audit` command an operator runs, as a separate process against the same database.</summary>
    private static async Task<(int ExitCode, string Output)> RunVerifyAuditCliAsync(TestApp app)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "SocialWorkStation.Web.dll");
        var start = new ProcessStartInfo("dotnet", [dll, "verify-audit"])
        {
            WorkingDirectory = AppContext.BaseDirectory, RedirectStandardOutput = true, RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["Database__Provider"] = app.Provider;
        start.Environment[$"ConnectionStrings__{app.Provider}"] = app.ConnectionString;
        start.Environment["DOTNET_ENVIRONMENT"] = "Production";
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        // A guard against a hung child, not an assertion about speed.
        using var guard = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await process.WaitForExitAsync(guard.Token);
        return (process.ExitCode, await stdout + await stderr);
    }
}

[Collection(SqliteCollection.Name)] public sealed class AuditTamperOnSqlite(SqliteApp app) : AuditTamperTests(app);
[Collection(PostgresCollection.Name)] public sealed class AuditTamperOnPostgres(PostgresApp app) : AuditTamperTests(app);
