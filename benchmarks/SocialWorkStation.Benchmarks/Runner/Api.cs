using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace SocialWorkStation.Benchmarks.Runner;

/// <summary>Every non-2xx response and every exception is an error: counted, and the first two of each kind (route and
/// status) printed with their body, so a broken instrument (or app) is obvious, never averaged away.</summary>
public sealed class ErrorLog
{
    private const int PerKind = 2, Kinds = 12;
    private readonly Dictionary<string, int> _kinds = [];
    private readonly List<string> _samples = [];
    private int _count;

    public int Count => Volatile.Read(ref _count);
    public IReadOnlyList<string> Samples { get { lock (_samples) return _samples.ToList(); } }

    /// <param name="kind">What makes two errors the same (e.g. "POST services 409"); null = the message itself.</param>
    public void Record(string what, string? kind = null)
    {
        Interlocked.Increment(ref _count);
        lock (_samples)
        {
            kind ??= what;
            var seen = _kinds.GetValueOrDefault(kind);
            if (seen >= PerKind || (seen == 0 && _kinds.Count >= Kinds)) return;
            _kinds[kind] = seen + 1;
            _samples.Add(what);
        }
        Console.Error.WriteLine($"ERROR {what}");
    }
}

/// <summary>One HttpClient for the whole run (pooled connections, as many as the concurrency needs); one bearer token per user.</summary>
public sealed class Api : IDisposable
{
    private static readonly MediaTypeHeaderValue JsonType = new("application/json") { CharSet = "utf-8" };
    /// <summary>The API's JSON: enums by name (numbers are refused).</summary>
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() } };
    private readonly HttpClient _http;

    public Api(Uri baseAddress, ErrorLog errors)
    {
        Errors = errors;
        var handler = new SocketsHttpHandler { MaxConnectionsPerServer = 128, PooledConnectionIdleTimeout = TimeSpan.FromMinutes(5) };
        // Long timeout: statistics and the export of a city month are slow by nature; a hang still ends the run.
        _http = new HttpClient(handler) { BaseAddress = baseAddress, Timeout = TimeSpan.FromMinutes(5) };
    }

    public ErrorLog Errors { get; }

    /// <summary>POST /api/v1/auth/token → accessToken; a failed login ends the run (nothing can be measured without it). Each
    /// account signs in once per run, with the current code of the generator's authenticator (codes are accepted once).</summary>
    public async Task<string> LoginAsync(string userName, string password)
    {
        var twoFactorCode = Totp.Code(Generator.CityPlatform.AuthenticatorKey, DateTimeOffset.UtcNow);
        using var response = await _http.PostAsJsonAsync("/api/v1/auth/token", new { userName, password, twoFactorCode });
        var body = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode)
            throw new InvalidOperationException($"login as {userName} failed: {(int)response.StatusCode} {Cut(body)}");
        using var json = JsonDocument.Parse(body);
        return json.RootElement.GetProperty("accessToken").GetString()!;
    }

    /// <summary>GET and read the whole body (the client's view of the latency includes the transfer).</summary>
    public async Task<bool> GetAsync(string token, string url)
    {
        using var request = Request(HttpMethod.Get, url, token);
        return await SendAsync(request, sink: null);
    }

    public async Task<bool> PostJsonAsync(string token, string url, object body)
    {
        using var request = Request(HttpMethod.Post, url, token);
        request.Content = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(body, Json)) { Headers = { ContentType = JsonType } };
        return await SendAsync(request, sink: null);
    }

    /// <summary>GET a file, streaming it into <paramref name="sink"/> (counted, or kept for a check) without buffering twice.</summary>
    public async Task<bool> DownloadAsync(string token, string url, Stream sink)
    {
        using var request = Request(HttpMethod.Get, url, token);
        return await SendAsync(request, sink);
    }

    private async Task<bool> SendAsync(HttpRequestMessage request, Stream? sink)
    {
        try
        {
            using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
            if (!response.IsSuccessStatusCode)
            {
                Errors.Record($"{request.Method} {request.RequestUri} → {(int)response.StatusCode}: {Cut(await response.Content.ReadAsStringAsync())}",
                    $"{request.Method} {Route(request.RequestUri)} {(int)response.StatusCode}");
                return false;
            }
            await using var body = await response.Content.ReadAsStreamAsync();
            await body.CopyToAsync(sink ?? Stream.Null);
            return true;
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or IOException)
        {
            Errors.Record($"{request.Method} {request.RequestUri} → {e.GetType().Name}: {e.Message}", $"{request.Method} {Route(request.RequestUri)} {e.GetType().Name}");
            return false;
        }
    }

    private static HttpRequestMessage Request(HttpMethod method, string url, string token) =>
        new(method, url) { Headers = { Authorization = new AuthenticationHeaderValue("Bearer", token) } };

    /// <summary>The path with ids blanked: /api/v1/cases/{id}/services.</summary>
    private static string Route(Uri? uri) => string.Join('/', (uri?.AbsolutePath ?? "").Split('/').Select(p => Guid.TryParse(p, out _) ? "{id}" : p));

    private static string Cut(string text) => text.Length <= 400 ? text : text[..400] + "…";

    public void Dispose() => _http.Dispose();
}

/// <summary>Counts bytes without keeping them (the export is measured, not stored).</summary>
public sealed class CountingStream : Stream
{
    public long Bytes { get; private set; }
    public override void Write(byte[] buffer, int offset, int count) => Bytes += count;
    public override void Write(ReadOnlySpan<byte> buffer) => Bytes += buffer.Length;
    public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken ct = default) { Bytes += buffer.Length; return ValueTask.CompletedTask; }
    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken ct) { Bytes += count; return Task.CompletedTask; }
    public override bool CanRead => false;
    public override bool CanSeek => false;
    public override bool CanWrite => true;
    public override long Length => Bytes;
    public override long Position { get => Bytes; set => throw new NotSupportedException(); }
    public override void Flush() { }
    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
}

internal static class Url
{
    public static string Q(string value) => Uri.EscapeDataString(value);
    public static string Join(params (string Key, string? Value)[] query)
    {
        var sb = new StringBuilder();
        foreach (var (k, v) in query.Where(p => p.Value is not null))
            sb.Append(sb.Length == 0 ? '?' : '&').Append(k).Append('=').Append(Q(v!));
        return sb.ToString();
    }
}
