using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace SocialWorkStation.Benchmarks.Runner;

/// <summary>The Release app as a separate process on 127.0.0.1, so its memory is its own (VmRSS of its pid) and the
/// runner's HTTP client pays the real network stack. Always killed at the end, also on failure or Ctrl+C.</summary>
public sealed class AppUnderTest : IAsyncDisposable
{
    private readonly Process _process;
    private readonly Queue<string> _tail = new();

    private AppUnderTest(Process process, Uri address)
    {
        _process = process;
        Address = address;
        _process.OutputDataReceived += (_, e) => Keep(e.Data);
        _process.ErrorDataReceived += (_, e) => Keep(e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Kill();
        Console.CancelKeyPress += (_, _) => Kill();
    }

    public Uri Address { get; }
    public int Pid => _process.Id;

    public static async Task<AppUnderTest> StartAsync(string dll, BenchManifest manifest, string connectionString, int port)
    {
        var path = Path.GetFullPath(dll);
        if (!File.Exists(path)) throw new FileNotFoundException($"app not found: {path} (build it: dotnet build src/SocialWorkStation.Web -c Release)");
        if (port == 0) port = FreePort();
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(path)!,
            RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
            Environment = { ["ASPNETCORE_ENVIRONMENT"] = "Production", ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1" },
        };
        var postgres = manifest.Provider.Equals("Postgres", StringComparison.OrdinalIgnoreCase);
        foreach (var a in new[]
                 {
                     path, "--urls", $"http://127.0.0.1:{port}", $"--Database:Provider={(postgres ? "Postgres" : "Sqlite")}",
                     $"--ConnectionStrings:{(postgres ? "Postgres" : "Sqlite")}={connectionString}", $"--Protection:Key={manifest.ProtectionKey}",
                     "--Security:LoginPermitsPerMinute=100000", "--Security:IdentifierLookupsPer10Minutes=100000000", "--Serilog:MinimumLevel:Default=Warning",
                 })
            start.ArgumentList.Add(a);
        var app = new AppUnderTest(Process.Start(start)!, new Uri($"http://127.0.0.1:{port}"));
        try
        {
            await app.WaitReadyAsync(TimeSpan.FromMinutes(3));
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }
        return app;
    }

    /// <summary>Migrations run at start; a city-sized PostgreSQL database may take a while to open.</summary>
    private async Task WaitReadyAsync(TimeSpan limit)
    {
        using var http = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(5) };
        var watch = Stopwatch.StartNew();
        while (watch.Elapsed < limit)
        {
            if (_process.HasExited) throw new InvalidOperationException($"the app exited with code {_process.ExitCode}:\n{Tail()}");
            try
            {
                using var r = await http.GetAsync("/health/ready");
                if (r.StatusCode == HttpStatusCode.OK) return;
            }
            catch (HttpRequestException) { }
            catch (TaskCanceledException) { }
            await Task.Delay(250);
        }
        throw new TimeoutException($"/health/ready did not answer 200 within {limit.TotalSeconds:0} s:\n{Tail()}");
    }

    /// <summary>Resident set size now (VmRSS) and the process's peak so far (VmHWM), in MB; the working set the issue means.</summary>
    public (double RssMb, double HwmMb) Memory()
    {
        double rss = 0, hwm = 0;
        try
        {
            foreach (var line in File.ReadLines($"/proc/{Pid}/status"))
            {
                if (line.StartsWith("VmRSS:")) rss = Kb(line) / 1024.0;
                else if (line.StartsWith("VmHWM:")) hwm = Kb(line) / 1024.0;
            }
        }
        catch (IOException) { } // exited: the caller sees zeros, and the next request fails loudly anyway
        return (rss, hwm);
    }

    private static long Kb(string line) => long.Parse(line.Split(':', 2)[1].Trim().Split(' ')[0]);

    /// <summary>Samples VmRSS every 50 ms while <paramref name="work"/> runs; returns the highest sample.</summary>
    public async Task<(T Result, double PeakMb)> PeakDuringAsync<T>(Func<Task<T>> work)
    {
        using var stop = new CancellationTokenSource();
        var peak = Memory().RssMb;
        var sampler = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                peak = Math.Max(peak, Memory().RssMb);
                try { await Task.Delay(50, stop.Token); } catch (OperationCanceledException) { }
            }
        });
        T result;
        try
        {
            result = await work();
        }
        finally
        {
            await stop.CancelAsync();
            await sampler;
        }
        return (result, Math.Max(peak, Memory().RssMb));
    }

    public string Tail() { lock (_tail) return string.Join('\n', _tail); }

    private void Keep(string? line)
    {
        if (line is null) return;
        lock (_tail)
        {
            _tail.Enqueue(line);
            if (_tail.Count > 60) _tail.Dequeue();
        }
    }

    private void Kill()
    {
        try { if (!_process.HasExited) _process.Kill(entireProcessTree: true); }
        catch (InvalidOperationException) { }
    }

    public async ValueTask DisposeAsync()
    {
        Kill();
        try { await _process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(10)); } catch (TimeoutException) { }
        _process.Dispose();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
