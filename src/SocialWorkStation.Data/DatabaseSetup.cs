using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using SocialWorkStation.Platform.Attachments;
using SocialWorkStation.Platform;
using SocialWorkStation.Platform.Modules;

namespace SocialWorkStation.Data;

public static class DatabaseSetup
{
    /// <summary>Database:Provider = Sqlite (default, file under ./data) or Postgres (ConnectionStrings:Postgres).</summary>
    public static IServiceCollection AddAppDatabase(this IServiceCollection services, IConfiguration config)
    {
        var provider = config["Database:Provider"] ?? "Sqlite";
        if (provider.Equals("Postgres", StringComparison.OrdinalIgnoreCase))
        {
            var cs = config.GetConnectionString("Postgres")
                     ?? throw new InvalidOperationException("Database:Provider=Postgres 需要 ConnectionStrings:Postgres。");
            services.AddDbContext<AppDbContext, PostgresAppDbContext>(o => o.UseNpgsql(WithConnectionDefaults(cs)));
        }
        else if (provider.Equals("Sqlite", StringComparison.OrdinalIgnoreCase))
        {
            var cs = config.GetConnectionString("Sqlite") ?? "Data Source=./data/sws.db";
            EnsureDirectory(cs);
            // SQLite cannot alter a table in place: EF's migrations rebuild it between PRAGMA foreign_keys = 0 and 1,
            // outside the transaction by necessity, and warned so at every first start. Known and intended, not logged.
            services.AddDbContext<AppDbContext, SqliteAppDbContext>(o => o.UseSqlite(cs)
                .ConfigureWarnings(w => w.Ignore(RelationalEventId.NonTransactionalMigrationOperationWarning)));
        }
        else
        {
            throw new InvalidOperationException($"未知的数据库类型 Database:Provider={provider}（可选 Sqlite 或 Postgres）。");
        }
        services.AddScoped<IPlatformDb>(sp => sp.GetRequiredService<AppDbContext>());
        if (config.GetSection("Attachments").Get<AttachmentOptions>() is { InDatabase: true })
            services.Replace(ServiceDescriptor.Singleton<IFileStore, DatabaseFileStore>());
        services.AddScoped<SocialWorkStation.Platform.Audit.IAuditSealer, AuditSealer>();
        services.AddScoped<SocialWorkStation.Platform.Modules.IDataUpgrade, AuditChainUpgrade>();
        services.AddScoped<SocialWorkStation.Platform.Modules.IModuleDb>(sp => sp.GetRequiredService<AppDbContext>());
        return services;
    }

    /// <summary>Connection settings for a request-per-query workload (docs/adr/008), each unless the connection string
    /// sets it. Every request runs the same few dozen statements (the user's access, the station filters, each page's
    /// query): Npgsql prepares the frequent ones on each pooled connection, so PostgreSQL parses and plans them once.
    /// EF Core opens and closes the connection around each query, and by default every close queues a DISCARD ALL —
    /// under load 4 of every 10 statements PostgreSQL ran. The app keeps no session state on a connection (no SET, no
    /// session locks, temporary tables or LISTEN; its one advisory lock is transaction-scoped), so nothing needs
    /// resetting. Behind a pooler in transaction mode that cannot keep prepared statements, set Max Auto Prepare=0.</summary>
    internal static string WithConnectionDefaults(string connectionString)
    {
        var builder = new Npgsql.NpgsqlConnectionStringBuilder(connectionString);
        bool Says(string keyword) => System.Text.RegularExpressions.Regex.IsMatch(connectionString,
            keyword.Replace(" ", @"\s*"), System.Text.RegularExpressions.RegexOptions.IgnoreCase);
        if (!Says("Max Auto Prepare")) builder.MaxAutoPrepare = 64;
        if (!Says("No Reset On Close")) builder.NoResetOnClose = true;
        return builder.ConnectionString;
    }

    /// <summary>Applies this provider's migrations. SQLite also switches to WAL so readers never block the writer, and
    /// refreshes the planner's statistics where they are missing or stale (SQLite has no autovacuum/auto-analyze; without
    /// statistics it may pick a poor index on a large station table). The analysis limit keeps this to milliseconds.</summary>
    public static async Task MigrateAsync(AppDbContext db, CancellationToken ct = default)
    {
        await db.Database.MigrateAsync(ct);
        if (!db.IsPostgres) await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL; PRAGMA analysis_limit=1000; PRAGMA optimize=0x10002;", ct);
    }

    /// <summary>Runs the start-up data upgrades (<see cref="IDataUpgrade"/>) after the migrations, in order, in one
    /// transaction. On PostgreSQL a transaction-scoped advisory lock makes app nodes starting together take turns: the
    /// second finds the rows converted and does nothing. (SQLite has one app process by design.)</summary>
    public static async Task UpgradeDataAsync(AppDbContext db, IEnumerable<IDataUpgrade> steps, CancellationToken ct = default)
    {
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        if (db.IsPostgres) await db.Database.ExecuteSqlRawAsync("SELECT pg_advisory_xact_lock(8201200120)", ct);
        foreach (var step in steps.OrderBy(s => s.Order)) await step.RunAsync(ct);
        await tx.CommitAsync(ct);
    }

    private static void EnsureDirectory(string connectionString)
    {
        var file = new SqliteConnectionStringBuilder(connectionString).DataSource;
        var dir = Path.GetDirectoryName(Path.GetFullPath(file));
        if (!string.IsNullOrEmpty(dir) && file != ":memory:") Directory.CreateDirectory(dir);
    }
}
