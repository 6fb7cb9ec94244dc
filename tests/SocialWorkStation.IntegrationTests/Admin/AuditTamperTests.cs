using System.Diagnostics;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Data.Sqlite;
using Npgsql;
using SocialWorkStation.Data;
using SocialWorkStation.IntegrationTests.Infrastructure;
using SocialWorkStation.Platform.Audit;
using SocialWorkStation.Platform.Identity;
using SocialWorkStation.Platform.Protection;
using static SocialWorkStation.IntegrationTests.Admin.AdminApi;

namespace SocialWorkStation.IntegrationTests.Admin;

/// <summary>Tampering breaks the chain for the whole database, so each test runs its own app and database.</summary>
[Trait("Clause", "C7.3.2")]
public abstract class AuditTamperTests(TestApp shared)
{
    [Fact]
    public async Task An_altered_audit_row_is_named_by_the_verify_endpoint_and_the_command_line()
    {
        await WithFreshAppAsync(async (app, auditor) =>
        {
            var intact = await VerifyAsync(auditor);
            Assert.True(intact.IsIntact, intact.Message);
            var n = intact.RowsChecked / 2;

            await ExecuteAsync(app, $$"""UPDATE platform_audit SET "Changes" = '{}' WHERE "Sequence" = {{n}}""");

            var broken = await VerifyAsync(auditor);
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
        await WithFreshAppAsync(async (app, auditor) =>
        {
            var n = (await VerifyAsync(auditor)).RowsChecked / 2;
            await ExecuteAsync(app, $"""DELETE FROM platform_audit WHERE "Sequence" = {n}""");

            var broken = await VerifyAsync(auditor);
            Assert.Equal(n, broken.BrokenAtSequence);
            Assert.Contains($"第 {n} 条审计记录缺失", broken.Message);
            var (exitCode, output) = await RunVerifyAuditCliAsync(app);
            Assert.Equal(2, exitCode);
            Assert.Contains($"第 {n} 条审计记录缺失", output);
        });
    }

    [Fact]
    public async Task Deleting_the_tail_and_moving_the_head_is_caught_by_the_checkpoint_kept_outside_the_database()
    {
        await WithFreshAppAsync(async (app, auditor) =>
        {
            var intact = await VerifyAsync(auditor); // also writes a signed checkpoint of the head
            Assert.True(intact.IsIntact, intact.Message);
            Assert.True(File.Exists(CheckpointFile(app)));

            // Someone with database access removes the last three rows and their seals and moves the head back,
            // leaving a chain that is consistent in itself.
            await using (var scope = app.SystemScope())
            {
                var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
                var tail = await db.AuditSeals.AsNoTracking().OrderByDescending(s => s.Position).Take(4).ToListAsync();
                foreach (var seal in tail.Take(3))
                {
                    if (seal.AuditSequence is { } n) await db.Database.ExecuteSqlRawAsync("""DELETE FROM platform_audit WHERE "Sequence" = {0}""", n);
                    if (seal.EntryId is { } id)
                    {
                        await db.Database.ExecuteSqlRawAsync("DELETE FROM platform_access_log WHERE \"Id\" = {0}", id);
                        await db.Database.ExecuteSqlRawAsync("DELETE FROM platform_login_event WHERE \"Id\" = {0}", id);
                    }
                    await db.Database.ExecuteSqlRawAsync("""DELETE FROM platform_audit_seal WHERE "Position" = {0}""", seal.Position);
                }
                await db.Database.ExecuteSqlRawAsync("""UPDATE platform_audit_head SET "LastSequence" = {0}, "LastHash" = {1}""",
                    tail[3].Position, tail[3].Hash);
            }

            var broken = await VerifyAsync(auditor);
            Assert.False(broken.IsIntact);
            Assert.Contains("外部检查点", broken.Message);
            var (exitCode, output) = await RunVerifyAuditCliAsync(app);
            Assert.Equal(2, exitCode);
            Assert.Contains("末尾被删除", output);
        });
    }

    [Fact]
    public async Task Rebuilding_the_whole_chain_without_the_key_is_detected_even_without_checkpoints()
    {
        await WithFreshAppAsync(async (app, auditor) =>
        {
            Assert.True((await VerifyAsync(auditor)).IsIntact);
            File.Delete(CheckpointFile(app)); // the chain's own key must suffice

            await using (var scope = app.SystemScope())
            {
                var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
                var n = await db.AuditEntries.MinAsync(a => a.Sequence) + 5;
                await db.Database.ExecuteSqlRawAsync("""UPDATE platform_audit SET "Changes" = '{{}}' WHERE "Sequence" = {0}""", n);
                // Re-seal every row in order, exactly as the app does, but with a key the attacker chose.
                var audit = await db.AuditEntries.AsNoTracking().ToDictionaryAsync(a => a.Sequence, AuditChain.Canonical);
                var access = await db.AccessLog.AsNoTracking().ToDictionaryAsync(a => a.Id, AuditChain.Canonical);
                var logins = await db.LoginEvents.AsNoTracking().ToDictionaryAsync(a => a.Id, AuditChain.Canonical);
                var guess = new GuessedKey();
                var previous = "";
                foreach (var seal in await db.AuditSeals.AsNoTracking().OrderBy(s => s.Position).ToListAsync())
                {
                    var row = seal.Log switch
                    {
                        SealedLog.Audit => audit[seal.AuditSequence!.Value],
                        SealedLog.Access => access[seal.EntryId!.Value],
                        _ => logins[seal.EntryId!.Value],
                    };
                    var hash = AuditChain.Seal(guess, seal.Position, seal.Log, row, previous);
                    await db.Database.ExecuteSqlRawAsync("""UPDATE platform_audit_seal SET "PreviousHash" = {0}, "Hash" = {1} WHERE "Position" = {2}""",
                        previous, hash, seal.Position);
                    previous = hash;
                }
                await db.Database.ExecuteSqlRawAsync("""UPDATE platform_audit_head SET "LastHash" = {0}""", previous);
            }

            var broken = await VerifyAsync(auditor);
            Assert.False(broken.IsIntact);
            Assert.Contains("不持有密钥者重算", broken.Message);
        });
    }

    [Fact]
    public async Task An_edited_checkpoint_fails_its_signature()
    {
        await WithFreshAppAsync(async (app, auditor) =>
        {
            Assert.True((await VerifyAsync(auditor)).IsIntact);
            var file = CheckpointFile(app);
            var line = (await File.ReadAllLinesAsync(file)).Last(l => l.Length > 0);
            var forged = JsonSerializer.Deserialize<AuditCheckpoint>(line)! with { Position = 1 };
            await File.AppendAllTextAsync(file, JsonSerializer.Serialize(forged) + "\n");

            var broken = await VerifyAsync(auditor);
            Assert.False(broken.IsIntact);
            Assert.Contains("签名无效", broken.Message);
        });
    }

    private static string CheckpointFile(TestApp app) =>
        Path.Combine(Path.GetDirectoryName(app.KeyFile)!, "audit-checkpoints", "checkpoints.jsonl");

    /// <summary>An attacker's HMAC key: anything but the one derived from the app's key file.</summary>
    private sealed class GuessedKey : IPersonalDataProtector
    {
        public string? Encrypt(string? plaintext) => throw new NotSupportedException();
        public string? Decrypt(string? ciphertext) => throw new NotSupportedException();
        public string BlindIndex(string purpose, string value) => throw new NotSupportedException();
        public string Mac(string purpose, string data) =>
            Convert.ToHexStringLower(HMACSHA256.HashData(new byte[32], Encoding.UTF8.GetBytes(data)));
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
            var (auditor, _, _) = await app.AdministratorAsync(Roles.AuditAdmin);
            await test(app, auditor);
        }
        finally
        {
            await ((IAsyncLifetime)app).DisposeAsync();
        }
    }

    private static async Task<VerificationDto> VerifyAsync(HttpClient auditor)
    {
        var response = await auditor.PostAsync("/api/v1/admin/audit/verify", null);
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
        start.Environment["Protection__KeyFile"] = app.KeyFile; // the chain's key and the checkpoints follow from it
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
