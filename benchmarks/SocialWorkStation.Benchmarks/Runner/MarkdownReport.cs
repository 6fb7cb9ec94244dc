using System.Text;
using static SocialWorkStation.Benchmarks.Runner.Targets;

namespace SocialWorkStation.Benchmarks.Runner;

/// <summary>benchmarks/results/&lt;provider&gt;.md: the median of the runs per scenario, the export, the load test, the
/// targets with met/missed, and the machine. Latencies in ms.</summary>
public static class MarkdownReport
{
    public static string Render(ProviderReport r)
    {
        var md = new StringBuilder();
        var m = r.Median;
        md.AppendLine($"# Benchmark results: {r.Provider} ({r.Scale} data set, month {r.Month})").AppendLine();
        md.AppendLine($"Run {r.StartedUtc:yyyy-MM-dd HH:mm} UTC; median of {r.Runs.Count} run(s){(r.Quick ? "; **quick mode (CI smoke run, figures meaningless)**" : "")}. " +
                      "Latencies in ms, measured by the client over HTTP on 127.0.0.1 (body read in full). " +
                      "Raw SQL = the same query by hand over ADO.NET at c=1 in the same run; ratio = app ÷ raw.").AppendLine();

        md.AppendLine("| scenario | c=1 p50 | p95 | p99 | req/s | c=N | p50 | p95 | p99 | req/s | raw p50 | raw p95 | app÷raw p50 | p95 | errors | targets |");
        md.AppendLine("|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|---|");
        foreach (var s in m.Scenarios)
        {
            var targets = string.Join("; ", r.Targets.Where(t => t.Scenario == s.Name).Select(t => $"{t.Target}: **{t.Outcome}**"));
            if (s.Skipped)
            {
                md.AppendLine($"| {s.Title} | skipped |||||||||||||| {targets} |");
                continue;
            }
            var errors = (s.C1?.Errors ?? 0) + (s.Concurrent?.Errors ?? 0) + (s.Raw?.Errors ?? 0);
            md.AppendLine($"| {s.Title} | {Ms(s.C1?.P50)} | {Ms(s.C1?.P95)} | {Ms(s.C1?.P99)} | {Rate(s.C1?.PerSecond)} | {s.Concurrency} | " +
                          $"{Ms(s.Concurrent?.P50)} | {Ms(s.Concurrent?.P95)} | {Ms(s.Concurrent?.P99)} | {Rate(s.Concurrent?.PerSecond)} | " +
                          $"{Ms(s.Raw?.P50, 2)} | {Ms(s.Raw?.P95, 2)} | {X(s.RatioP50)} | {X(s.RatioP95)} | {errors} | {targets} |");
        }

        md.AppendLine().AppendLine("## Ledger export (city, one month, xlsx)").AppendLine();
        if (m.Export is { } e)
        {
            md.AppendLine("| rows (SQL count) | rows in file (incl. header) | size | downloads | errors | p50 | max | rows/s | peak working set (VmRSS, 50 ms samples) | VmHWM after |");
            md.AppendLine("|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|");
            md.AppendLine($"| {F(e.Rows, 0)} | {(e.XlsxRows is { } x ? F(x, 0) : "–")} | {F(e.Bytes / 1048576.0, 1)} MB | {e.Timing.Count} | {e.Timing.Errors} | {Ms(e.Timing.P50)} | {Ms(e.Timing.Max)} | " +
                          $"{F(e.RowsPerSecond, 0)} | {F(e.PeakWorkingSetMb, 0)} MB | {F(e.VmHwmMb, 0)} MB |");
            md.AppendLine().AppendLine("VmHWM is the app's peak since start (earlier scenarios included); the export's own peak is the sampled VmRSS.");
        }
        else md.AppendLine("Skipped.");

        md.AppendLine().AppendLine("## Load test (mixed: 80 % reads over the five read pages, 20 % service-record writes)").AppendLine();
        if (r.Load is { } l)
        {
            md.AppendLine($"{l.Users} users, {F(l.Seconds, 1)} s, no think time: **{l.Requests} requests, {l.Errors} errors, {F(l.RequestsPerSecond, 0)} req/s**; " +
                          $"working set {F(l.WorkingSetEarlyMb, 0)} MB at {F(l.EarlySampleAtSeconds, 0)} s, {F(l.WorkingSetEndMb, 0)} MB at the end " +
                          $"(× {F(l.EndOverEarly, 2)}); VmHWM {F(l.VmHwmMb, 0)} MB.").AppendLine();
            md.AppendLine("| kind | requests | errors | p50 | p95 | p99 | max |");
            md.AppendLine("|---|--:|--:|--:|--:|--:|--:|");
            foreach (var (kind, s) in l.ByKind.Append(new("all", l.Overall)))
                md.AppendLine($"| {kind} | {s.Count} | {s.Errors} | {Ms(s.P50)} | {Ms(s.P95)} | {Ms(s.P99)} | {Ms(s.Max)} |");
        }
        else md.AppendLine("Skipped.");

        md.AppendLine().AppendLine("## Targets").AppendLine();
        md.AppendLine("| scenario | target | measured (median) | result |");
        md.AppendLine("|---|---|--:|---|");
        foreach (var t in r.Targets)
            md.AppendLine($"| {t.Scenario} | {t.Target} | {t.Measured} | {(t.Outcome == "missed" ? "**missed**" : t.Outcome)} |");
        md.AppendLine().AppendLine($"{r.Targets.Count(t => t.Outcome == "met")} met, {r.Targets.Count(t => t.Outcome == "missed")} missed, " +
                                   $"{r.Targets.Count(t => t.Outcome is "n/a" or "skipped")} not applicable or skipped. Request errors over the whole run: {r.Errors}.");

        md.AppendLine().AppendLine("## Machine and data set").AppendLine();
        var mc = r.Machine;
        md.AppendLine($"- CPU: {mc.Cpu}, {mc.Cores} cores; memory {mc.Memory}");
        md.AppendLine($"- OS: {mc.Os}, kernel {mc.Kernel}");
        md.AppendLine($"- .NET SDK {mc.DotnetSdk} ({mc.Runtime}); database {mc.Database}");
        md.AppendLine("- App and runner share the machine (the runner's client load competes for the same cores).");
        if (r.DataSet.Count > 0)
            md.AppendLine("- Data set: " + string.Join(", ", r.DataSet.OrderBy(kv => kv.Key).Select(kv => $"{kv.Key} {F(kv.Value, 0)}")));
        return md.ToString();
    }

    private static string Ms(double? v, int decimals = 1) => v is { } x ? F(x, decimals) : "–";
    private static string Rate(double? v) => v is { } x ? F(x, 0) : "–";
    private static string X(double? v) => v is { } x ? F(x, 2) : "–";
}
