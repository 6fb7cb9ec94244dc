using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.RegularExpressions;

namespace SocialWorkStation.IntegrationTests.Hosting;

/// <summary>Issue 11: the published app, started by a service manager or a container from another working directory,
/// serves its pages' styles and scripts; without them it refuses to start and says why.</summary>
public sealed partial class PublishedAppTests
{
#if DEBUG
    private const string Configuration = "Debug";
#else
    private const string Configuration = "Release";
#endif

    [Fact]
    public async Task Started_from_an_unrelated_directory_it_serves_every_style_and_script_and_without_them_it_refuses_to_start()
    {
        var scratch = Directory.CreateTempSubdirectory("sws-published-");
        try
        {
            var app = Path.Combine(scratch.FullName, "app");
            var (published, publishLog) = await RunAsync("dotnet", scratch.FullName, TimeSpan.FromMinutes(5),
                "publish", WebProject(), "-c", Configuration, "--no-build", "-o", app, "-nologo", "-v", "q");
            Assert.True(published == 0, publishLog);
            var elsewhere = Directory.CreateDirectory(Path.Combine(scratch.FullName, "elsewhere")).FullName;

            var port = FreePort();
            using (var node = Start(app, elsewhere, port))
            {
                using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
                await WaitReadyAsync(http, node);
                // Before the first-run setup every page leads to /setup: it loads the same styles and scripts as all others.
                var page = await http.GetStringAsync("/setup");
                var files = PageFile().Matches(page).Select(m => m.Groups[1].Value).Distinct().ToList();
                Assert.Contains(files, f => f.EndsWith(".css"));
                Assert.Contains(files, f => f.EndsWith(".js"));
                Assert.Contains(files, f => f.EndsWith(".styles.css")); // the scoped-CSS bundle at the root
                foreach (var file in files)
                {
                    using var response = await http.GetAsync("/" + file.TrimStart('/'));
                    Assert.True(response.StatusCode == HttpStatusCode.OK, $"{file}: {(int)response.StatusCode}");
                    Assert.True((await response.Content.ReadAsByteArrayAsync()).Length > 0, $"{file} came back empty");
                }
                // Relative settings resolve in the app's own directory, not in the directory it was started from.
                Assert.True(File.Exists(Path.Combine(app, "data", "sws.db")));
                Assert.False(Directory.Exists(Path.Combine(elsewhere, "data")));
                node.Stop();
            }

            Directory.Move(Path.Combine(app, "wwwroot"), Path.Combine(scratch.FullName, "wwwroot-moved"));
            using var broken = Start(app, elsewhere, FreePort());
            Assert.True(broken.Process.WaitForExit(TimeSpan.FromSeconds(60)), "a start without static files did not stop");
            Assert.Equal(1, broken.Process.ExitCode);
            Assert.Contains("找不到页面所需的静态文件", broken.Output);
        }
        finally
        {
            try { scratch.Delete(recursive: true); } catch (IOException) { }
        }
    }

    [GeneratedRegex("(?:href|src)=\"([^\"]+\\.(?:css|js))\"")]
    private static partial Regex PageFile();

    private static string WebProject()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "SocialWorkStation.slnx"))) dir = dir.Parent;
        Assert.NotNull(dir);
        return Path.Combine(dir.FullName, "src", "SocialWorkStation.Web", "SocialWorkStation.Web.csproj");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static Node Start(string app, string workingDirectory, int port)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true,
        };
        start.ArgumentList.Add(Path.Combine(app, "SocialWorkStation.Web.dll"));
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add($"http://127.0.0.1:{port}");
        foreach (var key in new[] { "ASPNETCORE_ENVIRONMENT", "DOTNET_ENVIRONMENT", "ASPNETCORE_CONTENTROOT", "DOTNET_CONTENTROOT" })
            start.Environment.Remove(key);
        return new Node(Process.Start(start)!);
    }

    private static async Task WaitReadyAsync(HttpClient http, Node node)
    {
        var until = DateTime.UtcNow.AddSeconds(90);
        while (DateTime.UtcNow < until)
        {
            Assert.False(node.Process.HasExited, "the app stopped:\n" + node.Output);
            try
            {
                if ((await http.GetAsync("/health/ready")).IsSuccessStatusCode) return;
            }
            catch (HttpRequestException) { }
            await Task.Delay(250);
        }
        Assert.Fail("not ready within 90 s:\n" + node.Output);
    }

    private static async Task<(int Code, string Output)> RunAsync(string file, string workingDirectory, TimeSpan limit, params string[] args)
    {
        var start = new ProcessStartInfo(file, args) { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var cts = new CancellationTokenSource(limit);
        await process.WaitForExitAsync(cts.Token);
        return (process.ExitCode, await output + await error);
    }

    /// <summary>A started app process whose output is collected as it comes (a full pipe would block it).</summary>
    private sealed class Node : IDisposable
    {
        private readonly StringBuilder _output = new();

        public Node(Process process)
        {
            Process = process;
            process.OutputDataReceived += (_, e) => { lock (_output) _output.AppendLine(e.Data); };
            process.ErrorDataReceived += (_, e) => { lock (_output) _output.AppendLine(e.Data); };
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
        }

        public Process Process { get; }

        public string Output
        {
            get
            {
                // Only the overload without a timeout waits for the redirected output to reach its end.
                if (Process.HasExited) Process.WaitForExit();
                lock (_output) return _output.ToString();
            }
        }

        public void Stop()
        {
            if (!Process.HasExited) Process.Kill(entireProcessTree: true);
            Process.WaitForExit(TimeSpan.FromSeconds(10));
        }

        public void Dispose()
        {
            Stop();
            Process.Dispose();
        }
    }
}
