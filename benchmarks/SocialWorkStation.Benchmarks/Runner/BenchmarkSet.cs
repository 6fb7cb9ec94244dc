using System.Diagnostics;
using MiniExcelLibs;
using static SocialWorkStation.Benchmarks.Runner.ScenarioNames;

namespace SocialWorkStation.Benchmarks.Runner;

/// <summary>One run of every scenario. Reads first (each at concurrency 1, then 16, then its raw SQL at 1 while the
/// caches are equally warm), then statistics, the export, and the writes last so they do not change what the reads see.</summary>
public sealed class BenchmarkSet(Workload work, RawSql raw, AppUnderTest app, Plan plan, ErrorLog errors, ISet<string> skip)
{
    public async Task<RunResult> RunAsync(int run)
    {
        var results = new List<ScenarioResult>
        {
            await ReadAsync(Baseline, work.BaselineAsync, null),
            await ReadAsync(CaseList, work.CaseListAsync, s => raw.CaseListAsync(s.Worker, work.Today)),
            await ReadAsync(Search, work.SearchAsync, s => raw.ClientsAsync(s.Worker, s.Worker.NameFragment, null)),
            await ReadAsync(Lookup, work.LookupAsync, s => raw.ClientsAsync(s.Worker, null, s.IdIndex)),
            await ReadAsync(CaseFile, work.CaseFileAsync, null),
            await ReadAsync(Dashboard, work.DashboardAsync, s => Done(raw.DashboardAsync(s.Worker.StationId, work.Today))),
            await StatisticsAsync(StatsCounty, work.CountyToken),
            await StatisticsAsync(StatsCity, work.CityToken),
        };
        var export = skip.Contains(Export) ? null : await ExportAsync();
        results.Add(await WritesAsync());
        return new RunResult(run, results, export, skip.Contains(Export));
    }

    private async Task<ScenarioResult> ReadAsync(string name, Func<Session, Task<bool>> request, Func<Session, Task<int>>? rawQuery)
    {
        if (skip.Contains(name)) return new ScenarioResult(name, Title(name), null, null, plan.Tasks, null, Skipped: true);
        Progress(name);
        var c1 = await Drive.SequentialAsync(plan.Warmup, plan.Sequential, (_, i) => request(work.Worker(i)));
        // Task t is worker t: sixteen different people, of different stations when the manifest has them.
        var cn = await Drive.ConcurrentAsync(plan.Tasks, 0, plan.Duration, plan.PerTask, (t, _) => request(work.Worker(t)));
        Stats? rawStats = null;
        if (rawQuery is not null)
            rawStats = await Drive.SequentialAsync(plan.Warmup, plan.Sequential, (_, i) => Safely(() => rawQuery(work.Worker(i))));
        return new ScenarioResult(name, Title(name), c1, cn, plan.Tasks, rawStats);
    }

    /// <summary>Slow by nature (a month over 15 or 150 stations): ~10 sequential requests, then 16 users asking at once.</summary>
    private async Task<ScenarioResult> StatisticsAsync(string name, string token)
    {
        if (skip.Contains(name)) return new ScenarioResult(name, Title(name), null, null, plan.Tasks, null, Skipped: true);
        Progress(name);
        var c1 = await Drive.SequentialAsync(1, plan.SlowSequential, (_, _) => work.StatisticsAsync(token));
        var cn = await Drive.ConcurrentAsync(plan.Tasks, 0, null, plan.SlowPerTask, (_, _) => work.StatisticsAsync(token));
        return new ScenarioResult(name, Title(name), c1, cn, plan.Tasks, null);
    }

    /// <summary>Downloads the month's city ledger a few times while sampling the app's VmRSS every 50 ms. The first
    /// download of each run is kept and read back with MiniExcel to check that the file holds every row.</summary>
    private async Task<ExportResult> ExportAsync()
    {
        Progress(Export);
        var rows = await raw.ServiceRecordsInMonthAsync(work.MonthStart);
        var ms = new List<double>();
        long bytes = 0, failures = 0;
        long? xlsxRows = null;
        double peak = 0;
        // Warm-up: the first export after start pays for JIT and the first pages of the month; it is not measured.
        await work.ExportAsync(Stream.Null);
        for (var i = 0; i < plan.ExportRepeats; i++)
        {
            Stream sink = i == 0 ? new MemoryStream() : new CountingStream();
            var watch = Stopwatch.StartNew();
            var (ok, peakMb) = await app.PeakDuringAsync(() => work.ExportAsync(sink));
            ms.Add(watch.Elapsed.TotalMilliseconds);
            peak = Math.Max(peak, peakMb);
            bytes = sink.Length;
            if (!ok) failures++;
            if (ok && sink is MemoryStream file) xlsxRows = CountRows(file);
        }
        // One header row, then one row per service record: anything else means the figure is not rows/s of the ledger.
        if (xlsxRows is { } inFile && inFile - 1 != rows)
            errors.Record($"export: the file has {inFile - 1} data rows, the SQL count of the month's service records is {rows} " +
                          "(does the city user see every station?)");
        var timing = Stats.From(ms, (int)failures, ms.Sum() / 1000);
        // A failed download says nothing about the ledger's speed: no rows/s unless every download succeeded.
        return new ExportResult(rows, xlsxRows, bytes, timing, failures == 0 && timing.P50 > 0 ? rows / (timing.P50 / 1000) : 0, peak, app.Memory().HwmMb);
    }

    private long? CountRows(MemoryStream file)
    {
        try
        {
            file.Position = 0;
            return MiniExcel.Query(file, useHeaderRow: false).LongCount();
        }
        catch (Exception e)
        {
            errors.Record($"export: the downloaded file is not a readable xlsx ({e.GetType().Name}: {e.Message})");
            return null;
        }
    }

    private async Task<ScenarioResult> WritesAsync()
    {
        if (skip.Contains(CreateService)) return new ScenarioResult(CreateService, Title(CreateService), null, null, plan.WriteTasks, null, Skipped: true);
        Progress(CreateService);
        var c1 = await Drive.SequentialAsync(plan.Warmup, plan.Sequential, (_, i) => work.CreateServiceAsync(0, i, 1));
        var c8 = await Drive.ConcurrentAsync(plan.WriteTasks, 0, plan.Duration, plan.PerTask, (t, i) => work.CreateServiceAsync(t, i, plan.WriteTasks));
        return new ScenarioResult(CreateService, Title(CreateService), c1, c8, plan.WriteTasks, null);
    }

    /// <summary>A raw query that throws is an instrument error, counted like an HTTP error.</summary>
    private async Task<bool> Safely(Func<Task<int>> query)
    {
        try
        {
            await query();
            return true;
        }
        catch (Exception e) when (e is System.Data.Common.DbException or InvalidOperationException)
        {
            errors.Record($"raw SQL: {e.GetType().Name}: {e.Message}");
            return false;
        }
    }

    private static async Task<int> Done(Task task)
    {
        await task;
        return 0;
    }

    private static void Progress(string name) => Console.Error.WriteLine($"  {DateTime.Now:HH:mm:ss} {name}");
}
