using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using System.Threading.Channels;
using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SocialWorkStation.Benchmarks.Generator;
using SocialWorkStation.Data;
using SocialWorkStation.Modules.Cases;
using SocialWorkStation.Platform.Identity;
using SocialWorkStation.Platform.Protection;
using SocialWorkStation.Web.Hosting;
using SocialWorkStation.Web.Setup;

namespace SocialWorkStation.Benchmarks;

/// <summary>`generate`: a deterministic city (same seed and day → same people, cases and records) written into a new
/// database through the real schema, then manifest.json for the runner.</summary>
public static class GenerateCommand
{
    public static async Task<int> RunAsync(Options options)
    {
        var provider = options.Required("provider");
        var connection = options.Required("connection");
        var scale = Scale.Parse(options.Get("scale") ?? "tiny");
        var outDir = Path.GetFullPath(options.Required("out"));
        var seed = options.Int("seed", 20261126);
        var today = options.Get("today") is { } t ? DateOnly.Parse(t) : DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));
        Directory.CreateDirectory(outDir);
        // Benchmark data only: the key is derived from the seed so a run can be repeated; never do this with real data.
        var key = Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes($"sws-benchmark-{seed}")));

        var builder = WebApplication.CreateBuilder(
        [
            "--Database:Provider=" + provider, $"--ConnectionStrings:{provider}={connection}", "--Protection:Key=" + key,
            "--Serilog:MinimumLevel:Default=Warning",
        ]);
        builder.AddSocialWorkStation();
        await using var app = builder.Build();
        await using var scope = app.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        services.GetRequiredService<CurrentUser>().InitializeSystem();
        var db = services.GetRequiredService<AppDbContext>();
        db.ChangeTracker.AutoDetectChangesEnabled = true;

        var clock = Stopwatch.StartNew();
        await DatabaseSetup.MigrateAsync(db);
        var now = today.ToDateTime(new TimeOnly(2, 0), DateTimeKind.Utc);
        var city = await new CityPlatform(db, services.GetRequiredService<InstallationService>(), scale).CreateAsync(now);
        Console.WriteLine($"platform: {city.Stations.Count} stations and their staff in {clock.Elapsed.TotalSeconds:F1} s");

        var protector = services.GetRequiredService<IPersonalDataProtector>();
        var trail = new AuditTrail(db, protector);
        await trail.LoadHeadAsync(services.GetRequiredService<Platform.Audit.IAuditSealer>());
        var writer = BulkWriter.For(db);
        var targetGroups = services.GetRequiredService<IOptions<CasesOptions>>().Value.TargetGroups;
        var workers = new List<BenchWorker>();
        var sequences = new List<Platform.Numbering.NumberSequence>();

        // Building a station (names, encryption, JSON) overlaps with writing the previous one.
        var built = Channel.CreateBounded<StationBatch>(2);
        var producer = Task.Run(async () =>
        {
            var issued = new HashSet<string>();
            foreach (var station in city.Stations)
                await built.Writer.WriteAsync(new StationBuilder(station, scale, new Fake(seed * 1000 + station.Index), protector, today, targetGroups, issued).Build());
            built.Writer.Complete();
        });
        var done = 0;
        await foreach (var batch in built.Reader.ReadAllAsync())
        {
            await writer.BeginAsync();
            await writer.WriteAsync(batch.Clients);
            await writer.WriteAsync(batch.Household);
            await writer.WriteAsync(batch.Consents);
            await writer.WriteAsync(batch.Cases);
            await writer.WriteAsync(batch.Assessments);
            await writer.WriteAsync(batch.Plans);
            await writer.WriteAsync(batch.Activities);
            await writer.WriteAsync(batch.Participants);
            await writer.WriteAsync(batch.Services);
            await writer.WriteAsync(batch.Reviews);
            await writer.WriteAsync(batch.Closures);
            await writer.WriteAsync(batch.FollowUps);
            await writer.WriteAsync(batch.Events);
            var (auditRows, seals) = trail.Append(batch.Created);
            await writer.WriteAsync(auditRows);
            await writer.WriteAsync(seals);
            await writer.CommitAsync();
            workers.Add(batch.Worker!);
            var stationId = batch.Cases[0].StationId;
            sequences.AddRange(batch.CaseNumbersByYear.Select(y => CityPlatform.Sequence(stationId, "GA", y.Key, y.Value)));
            if (++done % 10 == 0 || done == city.Stations.Count)
                Console.WriteLine($"stations {done}/{city.Stations.Count}: {writer.RowsWritten.Values.Sum():N0} rows, {clock.Elapsed.TotalSeconds:F0} s");
        }
        await producer;
        await writer.BeginAsync();
        await writer.WriteAsync(sequences);
        await writer.CommitAsync();
        await trail.SaveHeadAsync();
        var loaded = clock.Elapsed.TotalSeconds;

        // What autovacuum (PostgreSQL) or a DBA's ANALYZE (SQLite) would do after a load this size: planner statistics.
        await db.Database.ExecuteSqlRawAsync(db.IsPostgres ? "VACUUM ANALYZE" : "ANALYZE; PRAGMA wal_checkpoint(TRUNCATE);");
        var rows = await CountRowsAsync(db);
        var seconds = clock.Elapsed.TotalSeconds;
        var total = rows.Values.Sum();
        Console.WriteLine($"loaded {writer.RowsWritten.Values.Sum():N0} bulk rows in {loaded:F0} s; {total:N0} rows in all tables, " +
                          $"{total / seconds:N0} rows/s over {seconds:F0} s including the platform part and statistics");

        new BenchManifest
        {
            Provider = db.IsPostgres ? "Postgres" : "Sqlite", ConnectionString = connection, Scale = scale.Name, ProtectionKey = key,
            Month = $"{today.AddMonths(-1):yyyy-MM}", Password = CityPlatform.Password, Workers = workers,
            CountyUser = city.CountyUser, CityUser = city.CityUser,
            Generation = new GenerationReport { Rows = rows, Seconds = Math.Round(seconds, 1), RowsPerSecond = Math.Round(total / seconds), Seed = seed },
        }.Save(Path.Combine(outDir, "manifest.json"));
        return 0;
    }

    private static async Task<Dictionary<string, long>> CountRowsAsync(AppDbContext db)
    {
        var rows = new Dictionary<string, long>();
        foreach (var table in db.Model.GetEntityTypes().Select(t => t.GetTableName()).OfType<string>().Distinct().Order())
#pragma warning disable EF1003 // table names come from the model, not from input
            rows[table] = await db.Database.SqlQueryRaw<long>("SELECT COUNT(*) AS \"Value\" FROM \"" + table + "\"").SingleAsync();
#pragma warning restore EF1003
        return rows;
    }
}
