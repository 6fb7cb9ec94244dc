using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SocialWorkStation.Data;
using SocialWorkStation.IntegrationTests.Cases;
using SocialWorkStation.IntegrationTests.Infrastructure;
using SocialWorkStation.Platform.Identity;

namespace SocialWorkStation.IntegrationTests.Admin;

/// <summary>The audit trail, the access log and the login history are append-only in the application itself
/// (C7.3.2): no code path can edit or delete a row through the DbContext, whatever the caller's rights.</summary>
[Trait("Clause", "C7.3.2")]
public abstract class LogAppendOnlyTests(TestApp app)
{
    [Fact]
    public async Task Audit_access_log_and_login_rows_cannot_be_updated_or_deleted_through_the_DbContext()
    {
        var station = await app.NewStationAsync();
        var user = await app.NewUserAsync(Roles.SocialWorker, station);
        var worker = await app.ClientForAsync(user, station); // signs in: a login event
        var client = await worker.RegisterAsync(app.Unique("戊"));
        await worker.ClientDetailAsync(client);               // an access-log row

        await using var scope = app.SystemScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var key = client.ToString();

        var audit = await db.AuditEntries.FirstAsync(a => a.EntityKey == key);
        audit.Changes = "{}";
        await AssertRefusedAsync(db);
        db.Remove(audit);
        await AssertRefusedAsync(db);

        var access = await db.AccessLog.FirstAsync(a => a.EntityKey == key);
        access.Purpose = "改写";
        await AssertRefusedAsync(db);
        db.Remove(access);
        await AssertRefusedAsync(db);

        var login = await db.LoginEvents.FirstAsync(e => e.UserName == user.UserName);
        login.Succeeded = !login.Succeeded;
        await AssertRefusedAsync(db);
        db.Remove(login);
        await AssertRefusedAsync(db);

        await using var check = app.SystemScope();
        var fresh = check.ServiceProvider.GetRequiredService<AppDbContext>();
        Assert.True(await fresh.AccessLog.AnyAsync(a => a.Id == access.Id && a.Purpose != "改写"));
        Assert.True(await fresh.LoginEvents.AnyAsync(e => e.Id == login.Id));
    }

    [Fact]
    public async Task Verification_reports_whether_the_app_database_role_can_alter_the_log_tables()
    {
        var (auditor, _, _) = await app.AdministratorAsync(Roles.AuditAdmin);
        var response = await auditor.PostAsync("/api/v1/admin/audit/verify", null);
        var result = await response.Content.ReadFromJsonAsync<JsonElement>();
        var canAlter = result.GetProperty("appCanAlterLogTables");
        if (app.Provider == "Postgres")
        {
            // The test database runs as the superuser, which can: the check must say so, and warn.
            Assert.True(canAlter.GetBoolean());
            Assert.Contains("SELECT/INSERT", result.GetProperty("message").GetString());
        }
        else
        {
            Assert.Equal(JsonValueKind.Null, canAlter.ValueKind); // SQLite: the file's owner can always write
        }
    }

    private static async Task AssertRefusedAsync(AppDbContext db)
    {
        var e = await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
        Assert.Contains("只能追加", e.Message);
        db.ChangeTracker.Clear();
    }
}

[Collection(SqliteCollection.Name)] public sealed class LogAppendOnlyOnSqlite(SqliteApp app) : LogAppendOnlyTests(app);
[Collection(PostgresCollection.Name)] public sealed class LogAppendOnlyOnPostgres(PostgresApp app) : LogAppendOnlyTests(app);
