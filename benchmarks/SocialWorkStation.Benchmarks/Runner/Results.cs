namespace SocialWorkStation.Benchmarks.Runner;

/// <summary>One scenario of one run: concurrency 1, concurrency N (16; 8 for writes) and, where there is one, the raw SQL
/// equivalent at concurrency 1 measured in the same run.</summary>
public sealed record ScenarioResult(string Name, string Title, Stats? C1, Stats? Concurrent, int Concurrency, Stats? Raw, bool Skipped = false)
{
    public double? RatioP50 => C1 is { } a && Raw is { P50: > 0 } r ? a.P50 / r.P50 : null;
    public double? RatioP95 => C1 is { } a && Raw is { P95: > 0 } r ? a.P95 / r.P95 : null;
}

/// <summary>The city ledger of one month as xlsx. Rows = service records of the month in every station (raw SQL count);
/// XlsxRows = rows MiniExcel reads back from the first download (header included), a check that the file is whole.</summary>
public sealed record ExportResult(long Rows, long? XlsxRows, long Bytes, Stats Timing, double RowsPerSecond, double PeakWorkingSetMb, double VmHwmMb);

public sealed record RunResult(int Run, IReadOnlyList<ScenarioResult> Scenarios, ExportResult? Export, bool ExportSkipped)
{
    public ScenarioResult? this[string name] => Scenarios.FirstOrDefault(s => s.Name == name);

    /// <summary>Each figure is the median of that figure over the runs.</summary>
    public static RunResult Median(IReadOnlyList<RunResult> runs)
    {
        var scenarios = runs[0].Scenarios.Select(first =>
        {
            var all = runs.Select(r => r[first.Name]).OfType<ScenarioResult>().ToList();
            return first with
            {
                C1 = Stats.Median(all.Select(s => s.C1)), Concurrent = Stats.Median(all.Select(s => s.Concurrent)),
                Raw = Stats.Median(all.Select(s => s.Raw)),
            };
        }).ToList();
        var exports = runs.Select(r => r.Export).OfType<ExportResult>().ToList();
        var export = exports.Count == 0 ? null : new ExportResult(
            (long)Stats.Mid(exports, e => e.Rows), exports[0].XlsxRows, (long)Stats.Mid(exports, e => e.Bytes),
            Stats.Median(exports.Select(e => e.Timing))!, Stats.Mid(exports, e => e.RowsPerSecond),
            Stats.Mid(exports, e => e.PeakWorkingSetMb), Stats.Mid(exports, e => e.VmHwmMb));
        return new RunResult(0, scenarios, export, runs[0].ExportSkipped);
    }
}

/// <summary>The 60-second mixed workload: 80 % reads over the five read pages, 20 % service-record writes.</summary>
public sealed record LoadResult(int Users, double Seconds, int Requests, int Errors, double RequestsPerSecond, Stats Overall,
    IReadOnlyDictionary<string, Stats> ByKind, double EarlySampleAtSeconds, double WorkingSetEarlyMb, double WorkingSetEndMb, double VmHwmMb)
{
    public double EndOverEarly => WorkingSetEarlyMb > 0 ? WorkingSetEndMb / WorkingSetEarlyMb : 0;
}

/// <summary>"met", "missed", "n/a" (the target is for another provider) or "skipped".</summary>
public sealed record TargetResult(string Scenario, string Target, string Measured, string Outcome);

public sealed record MachineInfo(string Cpu, int Cores, string Memory, string Os, string Kernel, string DotnetSdk, string Runtime, string Database);

public sealed record ProviderReport(
    string Provider, string Scale, string Month, bool Quick, DateTime StartedUtc, MachineInfo Machine,
    IReadOnlyDictionary<string, long> DataSet, IReadOnlyList<RunResult> Runs, RunResult Median, LoadResult? Load,
    IReadOnlyList<TargetResult> Targets, int Errors, IReadOnlyList<string> ErrorSamples);

public static class ScenarioNames
{
    public const string Baseline = "baseline", CaseList = "case-list", Search = "client-search", Lookup = "id-lookup", CaseFile = "case-file",
        Dashboard = "dashboard", StatsCounty = "stats-county", StatsCity = "stats-city", Export = "export", CreateService = "create-service";

    public static string Title(string name) => name switch
    {
        Baseline => "Baseline: GET /api/v1/me (auth and user loading only; no target)",
        CaseList => "Case list (page 1 of 20, status + worker, by last contact)",
        Search => "Client search (2-character name fragment)",
        Lookup => "Client lookup (full ID number)",
        CaseFile => "Case file (200 service records)",
        Dashboard => "Station dashboard",
        StatsCounty => "Month statistics, county (15 stations)",
        StatsCity => "Month statistics, city",
        Export => "City ledger export, one month (xlsx)",
        CreateService => "Create service record (audit + hash chain)",
        _ => name,
    };
}
