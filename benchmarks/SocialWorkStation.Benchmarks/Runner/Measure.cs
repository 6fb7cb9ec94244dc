using System.Diagnostics;

namespace SocialWorkStation.Benchmarks.Runner;

/// <summary>Latency figures of one measurement (milliseconds) and its throughput. Failed requests are timed too and
/// counted in <see cref="Errors"/>: a fast 500 must not flatter the percentiles unnoticed.</summary>
public sealed record Stats(int Count, int Errors, double P50, double P95, double P99, double Mean, double Max, double Seconds, double PerSecond)
{
    public static Stats From(List<double> ms, int errors, double seconds)
    {
        ms.Sort();
        return new Stats(ms.Count, errors, Rank(ms, 0.50), Rank(ms, 0.95), Rank(ms, 0.99),
            ms.Count == 0 ? 0 : ms.Average(), ms.Count == 0 ? 0 : ms[^1], seconds, seconds > 0 ? ms.Count / seconds : 0);
    }

    /// <summary>Nearest-rank percentile of sorted samples.</summary>
    public static double Rank(List<double> sorted, double p) =>
        sorted.Count == 0 ? 0 : sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];

    /// <summary>Field by field median over the runs (each figure is the median of that figure, as the report promises).</summary>
    public static Stats? Median(IEnumerable<Stats?> runs)
    {
        var list = runs.OfType<Stats>().ToList();
        if (list.Count == 0) return null;
        return new Stats((int)Mid(list, s => s.Count), (int)Mid(list, s => s.Errors), Mid(list, s => s.P50), Mid(list, s => s.P95),
            Mid(list, s => s.P99), Mid(list, s => s.Mean), Mid(list, s => s.Max), Mid(list, s => s.Seconds), Mid(list, s => s.PerSecond));
    }

    public static double Mid<T>(IReadOnlyList<T> items, Func<T, double> figure)
    {
        var v = items.Select(figure).Order().ToList();
        return v.Count == 0 ? 0 : v.Count % 2 == 1 ? v[v.Count / 2] : (v[v.Count / 2 - 1] + v[v.Count / 2]) / 2;
    }
}

/// <summary>How much to measure: full runs for the report, or a few requests each so CI proves the instrument still works.</summary>
public sealed record Plan(int Warmup, int Sequential, int SlowSequential, int ExportRepeats, int Tasks, int WriteTasks,
    TimeSpan? Duration, int PerTask, int SlowPerTask, int Runs, int LoadSeconds, int LoadUsers)
{
    public static Plan Full(int runs, int loadSeconds) =>
        new(Warmup: 100, Sequential: 200, SlowSequential: 10, ExportRepeats: 3, Tasks: 16, WriteTasks: 8,
            Duration: TimeSpan.FromSeconds(10), PerTask: 0, SlowPerTask: 1, Runs: runs, LoadSeconds: loadSeconds, LoadUsers: 32);

    public static Plan Quick(int loadSeconds) =>
        new(Warmup: 1, Sequential: 5, SlowSequential: 1, ExportRepeats: 1, Tasks: 16, WriteTasks: 8,
            Duration: null, PerTask: 1, SlowPerTask: 1, Runs: 1, LoadSeconds: loadSeconds, LoadUsers: 32);
}

/// <summary>One request of a scenario: (task, iteration) → success. Request errors are logged by <see cref="Api"/>.</summary>
public delegate Task<bool> Operation(int task, int iteration);

public static class Drive
{
    /// <summary>Concurrency 1: warm-up, then <paramref name="count"/> requests one after the other.</summary>
    public static async Task<Stats> SequentialAsync(int warmup, int count, Operation op)
    {
        for (var i = 0; i < warmup; i++) await op(0, i);
        var ms = new List<double>(count);
        var errors = 0;
        var total = Stopwatch.StartNew();
        for (var i = 0; i < count; i++)
        {
            var start = Stopwatch.GetTimestamp();
            if (!await op(0, i)) errors++;
            ms.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
        }
        return Stats.From(ms, errors, total.Elapsed.TotalSeconds);
    }

    /// <summary>Concurrency N: N tasks (task i acts as user i), each for <paramref name="duration"/> or for
    /// <paramref name="perTask"/> requests; throughput = completed / elapsed wall time.</summary>
    public static async Task<Stats> ConcurrentAsync(int tasks, int warmupPerTask, TimeSpan? duration, int perTask, Operation op)
    {
        await Task.WhenAll(Enumerable.Range(0, tasks).Select(async t =>
        {
            for (var i = 0; i < warmupPerTask; i++) await op(t, i);
        }));
        var samples = new List<double>[tasks];
        var errors = new int[tasks];
        var total = Stopwatch.StartNew();
        var deadline = duration is { } d ? Stopwatch.GetTimestamp() + (long)(d.TotalSeconds * Stopwatch.Frequency) : long.MaxValue;
        await Task.WhenAll(Enumerable.Range(0, tasks).Select(t => Task.Run(async () =>
        {
            var mine = samples[t] = [];
            for (var i = 0; duration is not null ? Stopwatch.GetTimestamp() < deadline : i < perTask; i++)
            {
                var start = Stopwatch.GetTimestamp();
                if (!await op(t, i)) errors[t]++;
                mine.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            }
        })));
        var elapsed = total.Elapsed.TotalSeconds;
        return Stats.From(samples.SelectMany(s => s).ToList(), errors.Sum(), elapsed);
    }
}
