using System.Diagnostics;

namespace SocialWorkStation.Benchmarks.Runner;

/// <summary>Issue 4, part 3: 32 virtual users for 60 s, no think time. Each loops: with a seeded Random, 20 % a new service
/// record, otherwise one of the five read pages chosen evenly. The app's working set is read at 10 s (after warm-up
/// and the first garbage collections) and at the end; a growing ratio suggests a leak.</summary>
public sealed class LoadTest(Workload work, AppUnderTest app, ErrorLog errors)
{
    private static readonly string[] Kinds = ["case-list", "client-search", "id-lookup", "case-file", "dashboard", "create-service"];

    public async Task<LoadResult> RunAsync(int users, int seconds, int seed)
    {
        Console.Error.WriteLine($"  {DateTime.Now:HH:mm:ss} load test: {users} users, {seconds} s");
        var errorsBefore = errors.Count;
        // Short (CI) runs read the early figure a third of the way in rather than after the end.
        var earlyAt = seconds >= 15 ? 10.0 : seconds / 3.0;
        var samples = Kinds.ToDictionary(k => k, _ => new List<double>());
        var failed = Kinds.ToDictionary(k => k, _ => 0);
        var watch = Stopwatch.StartNew();
        var deadline = TimeSpan.FromSeconds(seconds);

        var early = Task.Run(async () =>
        {
            await Task.Delay(TimeSpan.FromSeconds(earlyAt));
            return app.Memory().RssMb;
        });
        await Task.WhenAll(Enumerable.Range(0, users).Select(u => Task.Run(async () =>
        {
            var random = new Random(seed + u);
            var me = work.Worker(u);          // distinct workers while the manifest has enough of them
            var mine = Kinds.ToDictionary(k => k, _ => new List<double>());
            var myFailed = Kinds.ToDictionary(k => k, _ => 0);
            for (var i = 0; watch.Elapsed < deadline; i++)
            {
                var kind = random.NextDouble() < 0.2 ? "create-service" : Kinds[random.Next(5)];
                var start = Stopwatch.GetTimestamp();
                var ok = kind switch
                {
                    "case-list" => await work.CaseListAsync(me),
                    "client-search" => await work.SearchAsync(me),
                    "id-lookup" => await work.LookupAsync(me),
                    "case-file" => await work.CaseFileAsync(me),
                    "dashboard" => await work.DashboardAsync(me),
                    _ => await work.CreateServiceAsync(u, i, users),
                };
                mine[kind].Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
                if (!ok) myFailed[kind]++;
            }
            lock (samples)
            {
                foreach (var (k, v) in mine) samples[k].AddRange(v);
                foreach (var (k, n) in myFailed) failed[k] += n;
            }
        })));
        var elapsed = watch.Elapsed.TotalSeconds;
        var (endRss, hwm) = app.Memory();
        var earlyRss = await early;

        var all = samples.Values.SelectMany(v => v).ToList();
        var failures = failed.Values.Sum();
        var byKind = samples.Where(kv => kv.Value.Count > 0).ToDictionary(kv => kv.Key, kv => Stats.From(kv.Value, failed[kv.Key], elapsed));
        var overall = Stats.From(all, failures, elapsed);
        if (errors.Count - errorsBefore != failures)
            Console.Error.WriteLine($"note: {errors.Count - errorsBefore} errors logged during the load test, {failures} failed requests");
        return new LoadResult(users, elapsed, overall.Count, failures, overall.PerSecond, overall, byKind, earlyAt, earlyRss, endRss, hwm);
    }
}
