using System.Text.Json;

namespace SocialWorkStation.Benchmarks.Runner;

/// <summary>A logged-in social worker: the manifest's worker with a bearer token of their own.</summary>
public sealed record Session(BenchWorker Worker, string Token, string? IdIndex);

/// <summary>The requests the benchmark and the load test send, each as the user the issue names. Workers rotate so that
/// concurrent requests come from different people of different stations, each asking for their own records.</summary>
public sealed class Workload
{
    private readonly Api _api;
    private readonly List<(Session User, Guid CaseId, SemaphoreSlim Gate)> _writeTargets;
    private int _serial;

    public Workload(Api api, BenchManifest manifest, IReadOnlyList<Session> workers, string countyToken, string cityToken, DateOnly today)
    {
        _api = api;
        Manifest = manifest;
        Workers = workers;
        CountyToken = countyToken;
        CityToken = cityToken;
        Today = today;
        // Round-robin over workers (w0's first case, w1's first case, …, w0's second case, …), so that concurrent users
        // write to different cases of different workers: two records at once on one case conflict (409) by design.
        var writable = workers.Select(w => (w, Cases: WritableCases(w.Worker))).ToList();
        var most = writable.Max(w => w.Cases.Count);
        _writeTargets = Enumerable.Range(0, most)
            .SelectMany(i => writable.Where(w => i < w.Cases.Count).Select(w => (w.w, w.Cases[i], new SemaphoreSlim(1, 1)))).ToList();
        if (_writeTargets.Count == 0) throw new InvalidOperationException("the manifest names no WritableCaseIds: nothing to record services against");
    }

    /// <summary>Distinct cases that can take a service record; below the number of concurrent writers, writers share
    /// cases and the runner queues them (the latency then includes that wait; the run says so).</summary>
    public int WriteTargets => _writeTargets.Count;

    /// <summary>The big case stays at its 200 records for the case-file benchmark unless it is the worker's only
    /// writable case (a tiny data set).</summary>
    private static List<Guid> WritableCases(BenchWorker w)
    {
        var others = w.WritableCaseIds.Where(id => id != w.BigCaseId).Distinct().ToList();
        return others.Count > 0 ? others : w.WritableCaseIds.Distinct().ToList();
    }

    public BenchManifest Manifest { get; }
    public IReadOnlyList<Session> Workers { get; }
    public string CountyToken { get; }
    public string CityToken { get; }
    /// <summary>Beijing date: a service date may not be in the future (the app's rule), and the dashboard month is this one.</summary>
    public DateOnly Today { get; }
    public DateOnly MonthStart => DateOnly.ParseExact(Manifest.Month + "-01", "yyyy-MM-dd");

    public Session Worker(int i) => Workers[i % Workers.Count];

    public static string CaseListUrl(BenchWorker w) => "/api/v1/cases" + Url.Join(
        ("status", w.ListStatus.ToString()), ("workerId", w.UserId.ToString()), ("sort", "LastContact"), ("page", "1"), ("pageSize", "20"));
    public static string SearchUrl(BenchWorker w) => "/api/v1/clients" + Url.Join(("q", w.NameFragment));
    public static string LookupUrl(BenchWorker w) => "/api/v1/clients" + Url.Join(("q", w.ClientIdNumber));
    public static string CaseFileUrl(BenchWorker w) => $"/api/v1/cases/{BigCase(w)}/file";
    public const string DashboardUrl = "/api/v1/cases/dashboard";
    public string StatisticsUrl => "/api/v1/statistics/monthly" + Url.Join(("month", Manifest.Month));
    public string ExportUrl => "/api/v1/services/export.xlsx" + Url.Join(("month", Manifest.Month));

    /// <summary>The fixed cost every API request pays (token, user, roles, stations); reads the ratios below it.</summary>
    public Task<bool> BaselineAsync(Session s) => _api.GetAsync(s.Token, "/api/v1/me");
    public Task<bool> CaseListAsync(Session s) => _api.GetAsync(s.Token, CaseListUrl(s.Worker));
    public Task<bool> SearchAsync(Session s) => _api.GetAsync(s.Token, SearchUrl(s.Worker));
    public Task<bool> LookupAsync(Session s) => _api.GetAsync(s.Token, LookupUrl(s.Worker));
    public Task<bool> CaseFileAsync(Session s) => _api.GetAsync(s.Token, CaseFileUrl(s.Worker));
    public Task<bool> DashboardAsync(Session s) => _api.GetAsync(s.Token, DashboardUrl);
    public Task<bool> StatisticsAsync(string token) => _api.GetAsync(token, StatisticsUrl);
    public Task<bool> ExportAsync(Stream sink) => _api.DownloadAsync(CityToken, ExportUrl, sink);

    /// <summary>服务记录 (the full write path: station check, case update, audit row and hash chain). Of
    /// <paramref name="users"/> concurrent users, user u writes only to targets u, u + users, u + 2·users, … so no two
    /// write to the same case at once, as long as the manifest has at least that many writable cases (otherwise the
    /// users sharing a case take turns: a 409 from two simultaneous records on one case would measure the data set).</summary>
    public async Task<bool> CreateServiceAsync(int user, int iteration, int users)
    {
        var count = _writeTargets.Count;
        var own = user < count ? (count - user + users - 1) / users : 0;
        var (s, caseId, gate) = _writeTargets[own > 0 ? user + users * (iteration % own) : user % count];
        var n = Interlocked.Increment(ref _serial);
        await gate.WaitAsync();
        try
        {
            return await _api.PostJsonAsync(s.Token, $"/api/v1/cases/{caseId}/services", new
            {
                serviceDate = Today.ToString("yyyy-MM-dd"), durationMinutes = 45, type = "HomeVisit", place = "服务对象家中",
                content = $"上门探访，了解近况，提供情绪支持与政策咨询（基准测试第 {n} 次）。",
            });
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>A tiny data set may lack the 200-record case; any case of the worker still exercises the route.</summary>
    private static Guid BigCase(BenchWorker w) => w.BigCaseId != Guid.Empty ? w.BigCaseId : w.WritableCaseIds.FirstOrDefault();
}

/// <summary>Before measuring, proves the instrument measures what it claims: the raw SQL returns what the endpoint returns
/// for the first worker (a ratio against different rows would be meaningless), and the county and city users see
/// stations (statistics over none would be fast and worthless).</summary>
public static class SameRowsCheck
{
    public static async Task RunAsync(Uri app, Workload work, RawSql raw, ErrorLog errors)
    {
        using var http = new HttpClient { BaseAddress = app, Timeout = TimeSpan.FromMinutes(1) };
        var s = work.Workers[0];
        await CompareAsync(http, s.Token, "case list", Workload.CaseListUrl(s.Worker), () => raw.CaseListAsync(s.Worker, work.Today), errors);
        await CompareAsync(http, s.Token, "client search", Workload.SearchUrl(s.Worker), () => raw.ClientsAsync(s.Worker, s.Worker.NameFragment, null), errors);
        await CompareAsync(http, s.Token, "ID lookup", Workload.LookupUrl(s.Worker), () => raw.ClientsAsync(s.Worker, null, s.IdIndex), errors);
        var county = await StationsAsync(http, work.CountyToken);
        var city = await StationsAsync(http, work.CityToken);
        Console.Error.WriteLine($"county user {work.Manifest.CountyUser} sees {county} stations, city user {work.Manifest.CityUser} sees {city}");
        if (county == 0 || city == 0) errors.Record($"check: the county user sees {county} stations and the city user {city}: statistics and export would measure nothing");
    }

    private static async Task<int> StationsAsync(HttpClient http, string token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/me") { Headers = { Authorization = new("Bearer", token) } };
        using var response = await http.SendAsync(request);
        if (!response.IsSuccessStatusCode) return 0;
        using var json = JsonDocument.Parse(await response.Content.ReadAsStreamAsync());
        return json.RootElement.TryGetProperty("stations", out var stations) ? stations.GetArrayLength() : 0;
    }

    private static async Task CompareAsync(HttpClient http, string token, string what, string url, Func<Task<int>> raw, ErrorLog errors)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url) { Headers = { Authorization = new("Bearer", token) } };
        using var response = await http.SendAsync(request);
        if (!response.IsSuccessStatusCode)
        {
            errors.Record($"check {what}: GET {url} → {(int)response.StatusCode}");
            return;
        }
        using var json = JsonDocument.Parse(await response.Content.ReadAsStreamAsync());
        var appRows = json.RootElement.GetProperty("items").GetArrayLength();
        var rawRows = await raw();
        if (appRows != rawRows) errors.Record($"check {what}: the app returned {appRows} rows, the raw SQL {rawRows}: the SQL is not equivalent");
        else if (appRows == 0) Console.Error.WriteLine($"note: {what} returns no rows for {url} (the data set should give it some)");
    }
}
