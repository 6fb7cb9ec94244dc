using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using Microsoft.Data.Sqlite;
using SocialWorkStation.IntegrationTests.Infrastructure;

namespace SocialWorkStation.IntegrationTests;

public abstract class OperationsTests(TestApp app)
{
    protected abstract TestApp CreateApp(Dictionary<string, string> settings);

    [Fact]
    [Trait("Clause", "C7.3.1")]
    public async Task Login_attempts_beyond_the_per_minute_limit_are_refused_with_429()
    {
        var limited = CreateApp(new() { ["Security:LoginPermitsPerMinute"] = "3" });
        await limited.InitializeAsync();
        try
        {
            using var client = limited.NewClient();
            var statuses = new List<HttpStatusCode>();
            for (var i = 0; i < 5; i++)
                statuses.Add((await client.PostAsJsonAsync("/api/v1/auth/token", new { userName = "nobody", password = "Wrong-Passw0rd" })).StatusCode);
            Assert.Equal([HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized,
                HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests], statuses);
        }
        finally
        {
            await ((IAsyncLifetime)limited).DisposeAsync();
        }
    }

    [Fact]
    public async Task Api_description_and_interactive_docs_are_served()
    {
        // Signed in: outside Development the description is not public (issue 10).
        var station = await app.NewStationAsync();
        using var client = await app.ClientForAsync(await app.NewUserAsync(SocialWorkStation.Platform.Identity.Roles.SocialWorker, station), station);
        var doc = await client.GetStringAsync("/api/v1/openapi.json");
        Assert.Contains("\"openapi\"", doc);
        Assert.Contains("/api/v1/me", doc);
        var docs = await client.GetAsync("/api/docs");
        if (docs.StatusCode == HttpStatusCode.Found)
            docs = await client.GetAsync(new Uri(new Uri(app.BaseAddress, "/api/docs"), docs.Headers.Location!));
        Assert.Equal(HttpStatusCode.OK, docs.StatusCode);
        Assert.Contains("text/html", docs.Content.Headers.ContentType!.ToString());
    }

    [Fact]
    [Trait("Clause", "C7.3.3")]
    public async Task The_self_check_command_prints_every_control_and_exits_non_zero_while_one_fails()
    {
        var (code, output) = await RunCliAsync("self-check");
        Assert.Equal(3, code); // the tests serve plain HTTP, so at least TLS fails
        Assert.Contains("[未通过] HTTPS（TLS）", output);
        foreach (var control in new[] { "双因素认证", "90 天未登录", "最近一次备份", "审计日志校验", "密钥环", "日志保留", "日志" })
            Assert.Contains(control, output);
    }

    /// <summary>Runs the real CLI (the built Web assembly) against this app's database.</summary>
    protected async Task<(int ExitCode, string Output)> RunCliAsync(params string[] args)
    {
        var web = typeof(Program).Assembly.Location;
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(web);
        foreach (var a in args) start.ArgumentList.Add(a);
        start.Environment["Database__Provider"] = app.Provider;
        start.Environment[$"ConnectionStrings__{app.Provider}"] = app.ConnectionString;
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync() + await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, output);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class OperationsOnSqlite(SqliteApp app) : OperationsTests(app)
{
    private readonly SqliteApp _app = app;
    protected override TestApp CreateApp(Dictionary<string, string> settings) => new SqliteApp { Settings = settings };

    [Fact]
    [Trait("Clause", "C7.3.2")]
    public async Task Backup_command_writes_a_consistent_copy_of_the_live_database()
    {
        await _app.NewStationAsync("备份前的社工站");
        var target = Path.Combine(Path.GetTempPath(), "sws-tests", $"backup-{Guid.NewGuid():N}.db");
        var (code, output) = await RunCliAsync("backup", target);
        Assert.True(code == 0, output);
        Assert.Contains("备份完成", output);
        await using var copy = new SqliteConnection($"Data Source={target};Mode=ReadOnly;Pooling=false");
        await copy.OpenAsync();
        await using var cmd = copy.CreateCommand();
        cmd.CommandText = "SELECT COUNT(*) FROM platform_station WHERE \"Name\" = '备份前的社工站'";
        Assert.Equal(1L, (long)(await cmd.ExecuteScalarAsync())!);
        File.Delete(target);
    }

    [Fact]
    public async Task Backup_refuses_to_overwrite_an_existing_file()
    {
        var target = Path.Combine(Path.GetTempPath(), "sws-tests", $"exists-{Guid.NewGuid():N}.db");
        await File.WriteAllTextAsync(target, "keep me");
        var (code, output) = await RunCliAsync("backup", target);
        Assert.NotEqual(0, code);
        Assert.Contains("目标文件已存在", output);
        Assert.Equal("keep me", await File.ReadAllTextAsync(target));
        File.Delete(target);
    }
}

[Collection(PostgresCollection.Name)]
public sealed class OperationsOnPostgres(PostgresApp app) : OperationsTests(app)
{
    protected override TestApp CreateApp(Dictionary<string, string> settings) => new PostgresApp { Settings = settings };

    [Fact]
    public async Task Backup_command_points_postgres_users_to_pg_dump()
    {
        var (code, output) = await RunCliAsync("backup", Path.Combine(Path.GetTempPath(), "never.db"));
        Assert.NotEqual(0, code);
        Assert.Contains("pg_dump", output);
    }
}
