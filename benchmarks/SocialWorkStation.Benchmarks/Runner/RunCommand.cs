using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;
using SocialWorkStation.Benchmarks.Runner;
using SocialWorkStation.Modules.Cases.Features.Clients;
using SocialWorkStation.Platform;
using SocialWorkStation.Platform.Protection;
using SocialWorkStation.Platform.Stations;

namespace SocialWorkStation.Benchmarks;

/// <summary>run --manifest M --app DLL --out DIR [--runs 3] [--quick] [--load-seconds 60] [--skip a,b] [--port N] [--seed N]:
/// starts the Release app on the generated data, measures every scenario of issue 4 (--runs times), then the load test,
/// and writes DIR/&lt;provider&gt;.json and .md. Exit code 1 when any request or raw query failed (the report is still
/// written), so a CI smoke run with --quick catches an instrument that no longer matches the app.</summary>
public static class RunCommand
{
    public static async Task<int> RunAsync(Options options)
    {
        try
        {
            return await RunCoreAsync(options);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // The app is already stopped (disposed on the way out); a clean exit code 1, not a crash dump.
            Console.Error.WriteLine($"run failed: {e}");
            return 1;
        }
    }

    private static async Task<int> RunCoreAsync(Options options)
    {
        var manifestPath = Path.GetFullPath(options.Required("manifest"));
        var manifest = BenchManifest.Load(manifestPath);
        var quick = options.Flag("quick");
        var loadSeconds = options.Int("load-seconds", quick ? 3 : 60);
        var plan = quick ? Plan.Quick(loadSeconds) : Plan.Full(Math.Max(1, options.Int("runs", 3)), loadSeconds);
        var skip = (options.Get("skip") ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet();
        var outDir = Path.GetFullPath(options.Get("out") ?? "benchmarks/results");
        var dll = options.Get("app") ?? "src/SocialWorkStation.Web/bin/Release/net10.0/SocialWorkStation.Web.dll";
        var connection = ResolveConnection(manifest, Path.GetDirectoryName(manifestPath)!);
        if (manifest.Workers.Count == 0) throw new InvalidOperationException("the manifest names no workers");

        var raw = new RawSql(manifest.Provider, connection);
        var errors = new ErrorLog();
        var started = DateTime.UtcNow;
        Console.Error.WriteLine($"{manifest.Provider} {manifest.Scale}: {manifest.Workers.Count} workers, month {manifest.Month}, " +
                                $"{plan.Runs} run(s){(quick ? " (quick)" : "")}, load test {plan.LoadSeconds} s");

        var machine = await MachineProbe.DescribeAsync(raw);
        var runs = new List<RunResult>();
        LoadResult? load = null;
        await using (var app = await AppUnderTest.StartAsync(dll, manifest, connection, options.Int("port", 0)))
        {
            using var api = new Api(app.Address, errors);
            try
            {
                var work = await LoginAsync(api, manifest, plan);
                if (work.WriteTargets < Math.Max(plan.WriteTasks, plan.LoadUsers))
                    Console.Error.WriteLine($"note: {work.WriteTargets} writable case(s) for up to {Math.Max(plan.WriteTasks, plan.LoadUsers)} concurrent writers: " +
                                            "writers sharing a case take turns, and their latency includes the wait");
                await SameRowsCheck.RunAsync(app.Address, work, raw, errors);
                var set = new BenchmarkSet(work, raw, app, plan, errors, skip);
                for (var run = 1; run <= plan.Runs; run++)
                {
                    Console.Error.WriteLine($"run {run}/{plan.Runs}");
                    runs.Add(await set.RunAsync(run));
                }
                if (!skip.Contains("load"))
                    load = await new LoadTest(work, app, errors).RunAsync(plan.LoadUsers, plan.LoadSeconds, options.Int("seed", 20261126));
            }
            catch
            {
                Console.Error.WriteLine("app output (last lines):\n" + app.Tail());
                throw;
            }
            if (errors.Count > 0) Console.Error.WriteLine("app output (last lines):\n" + app.Tail());
        }

        var median = RunResult.Median(runs);
        var report = new ProviderReport(manifest.Provider, manifest.Scale, manifest.Month, quick, started, machine,
            manifest.Generation?.Rows ?? new Dictionary<string, long>(), runs, median, load,
            Targets.Evaluate(manifest.Provider, median, load), errors.Count, errors.Samples);
        Directory.CreateDirectory(outDir);
        var name = manifest.Provider.ToLowerInvariant();
        await File.WriteAllTextAsync(Path.Combine(outDir, name + ".json"), JsonSerializer.Serialize(report, BenchManifest.Json));
        var markdown = MarkdownReport.Render(report);
        await File.WriteAllTextAsync(Path.Combine(outDir, name + ".md"), markdown);
        Console.WriteLine(markdown);
        Console.Error.WriteLine($"wrote {Path.Combine(outDir, name)}.json and .md; {errors.Count} error(s)");
        return errors.Count == 0 ? 0 : 1;
    }

    /// <summary>One token per user, fresh for this invocation (tokens live an hour; a full run of three sets and the
    /// load test stays well inside it).</summary>
    private static async Task<Workload> LoginAsync(Api api, BenchManifest manifest, Plan plan)
    {
        var protector = Protector(manifest.ProtectionKey);
        var clock = new StationClock(TimeProvider.System);
        // Only as many workers as can be busy at once need a token.
        var wanted = manifest.Workers.Take(Math.Max(plan.LoadUsers, plan.Tasks)).ToList();
        var sessions = new List<Session>();
        foreach (var w in wanted)
        {
            var index = ClientIndex.IndexIfIdNumber(protector, clock, w.ClientIdNumber)
                        ?? throw new InvalidOperationException($"worker {w.UserName}: ClientIdNumber {w.ClientIdNumber} is not a valid ID number");
            sessions.Add(new Session(w, await api.LoginAsync(w.UserName, manifest.Password), index));
        }
        var county = await api.LoginAsync(manifest.CountyUser, manifest.Password);
        var city = manifest.CityUser == manifest.CountyUser ? county : await api.LoginAsync(manifest.CityUser, manifest.Password);
        return new Workload(api, manifest, sessions, county, city, clock.Today());
    }

    /// <summary>The app's own protector, built the way the app builds it, so the raw lookup uses the same blind index.</summary>
    private static IPersonalDataProtector Protector(string key)
    {
        var config = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Protection:Key"] = key }).Build();
        var services = new ServiceCollection().AddLogging().AddSingleton<IConfiguration>(config)
            .AddSingleton<IHostEnvironment>(new HostingEnvironment { ContentRootPath = Path.GetTempPath() })
            .AddPlatform(config);
        return services.BuildServiceProvider().GetRequiredService<IPersonalDataProtector>();
    }

    /// <summary>A relative SQLite file in the manifest means "beside the manifest"; the app runs in its own folder, so
    /// it gets the absolute path.</summary>
    private static string ResolveConnection(BenchManifest manifest, string manifestDir)
    {
        if (!manifest.Provider.Equals("Sqlite", StringComparison.OrdinalIgnoreCase)) return manifest.ConnectionString;
        var cs = new SqliteConnectionStringBuilder(manifest.ConnectionString);
        if (!Path.IsPathRooted(cs.DataSource)) cs.DataSource = Path.GetFullPath(Path.Combine(manifestDir, cs.DataSource));
        if (!File.Exists(cs.DataSource)) throw new FileNotFoundException($"SQLite database not found: {cs.DataSource}");
        return cs.ToString();
    }
}
