using System.Diagnostics;
using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Claims;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using OtpNet;
using SocialWorkStation.Data;
using SocialWorkStation.Platform.Approvals;
using SocialWorkStation.Platform.Identity;
using SocialWorkStation.Platform.Stations;
using SocialWorkStation.Web.Setup;

namespace SocialWorkStation.IntegrationTests.Infrastructure;

/// <summary>The real app on Kestrel (127.0.0.1, random port) over a fresh database of one provider.
/// Tests create their own stations and users, so one server per provider serves every test class.</summary>
public abstract class TestApp : WebApplicationFactory<Program>, IAsyncLifetime
{
    public const string Password = "Test-Passw0rd!";
    private readonly string _root = Path.Combine(Path.GetTempPath(), "sws-tests", Guid.NewGuid().ToString("N"));
    private int _counter;

    public abstract string Provider { get; }
    /// <summary>False leaves the database empty, as on a fresh installation (the setup page's tests).</summary>
    public bool SeedOrganisation { get; init; } = true;
    public Uri BaseAddress { get; private set; } = default!;
    public Guid OrganisationId { get; private set; }
    /// <summary>The test database, for tests that must reach it from outside the app (tampering, the command line).</summary>
    public string ConnectionString { get; protected set; } = "";
    /// <summary>Extra configuration for a dedicated app (e.g. a low rate limit).</summary>
    public Dictionary<string, string> Settings { get; init; } = new();
    /// <summary>A controllable clock for a dedicated app (e.g. idle timeout); the system clock otherwise.</summary>
    public TimeProvider? Clock { get; init; }
    /// <summary>Service overrides for a dedicated app, for what configuration cannot say (e.g. an empty list option:
    /// the configuration binder appends to a list's defaults instead of replacing them).</summary>
    public Action<IServiceCollection>? TestServices { get; init; }
    /// <summary>A previous release's snapshot folder (Upgrade/Snapshots/COMMIT/PROVIDER): its database and attachment files
    /// are restored instead of starting empty. Its personal-data key goes into <see cref="Settings"/>.</summary>
    public string? Snapshot { get; init; }
    /// <summary>Set by <see cref="AnotherNode"/>: the app whose database, files and keys this one shares.</summary>
    private TestApp? _sharesWith;

    /// <summary>Extra services a test suite plugs in (e.g. a test approval subject). Overrides should call base.</summary>
    protected virtual void ConfigureTestServices(IServiceCollection services)
    {
        // A module's stand-in for the approvals contract: a subject type that records the outcomes it is told.
        services.AddSingleton<RecordingSubjectHandler>();
        services.AddSingleton<IApprovalSubjectHandler>(sp => sp.GetRequiredService<RecordingSubjectHandler>());
    }

    protected abstract Task CreateDatabaseAsync();
    /// <summary>Loads the snapshot's database into the empty one <see cref="CreateDatabaseAsync"/> made.</summary>
    protected abstract Task RestoreAsync(string snapshot);

    /// <summary>Another node over this app's database, attachment files and keys (nothing seeded, nothing dropped): a second
    /// server starting beside this one, or this installation's next start with other <paramref name="services"/>.</summary>
    public TestApp AnotherNode(Action<IServiceCollection>? services = null) => Provider == "Postgres"
        ? new PostgresApp { _sharesWith = this, SeedOrganisation = false, TestServices = services }
        : new SqliteApp { _sharesWith = this, SeedOrganisation = false, TestServices = services };

    public virtual async Task InitializeAsync()
    {
        Directory.CreateDirectory(_root);
        if (_sharesWith is not null)
        {
            ConnectionString = _sharesWith.ConnectionString;
            OrganisationId = _sharesWith.OrganisationId;
        }
        else await CreateDatabaseAsync();
        if (Snapshot is not null)
        {
            await RestoreAsync(Snapshot);
            CopyDirectory(Path.Combine(Snapshot, "files"), FilesRoot);
        }
        UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        StartServer();
        var address = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        BaseAddress = new Uri(address);
        if (!SeedOrganisation) return;
        await using var scope = SystemScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var org = new Organisation { Name = $"测试县指导中心-{Provider}" };
        db.Organisations.Add(org);
        await db.SaveChangesAsync();
        await scope.ServiceProvider.GetRequiredService<InstallationService>().SeedRolesAndFlowsAsync(org.Id, CancellationToken.None);
        OrganisationId = org.Id;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Database:Provider", Provider);
        builder.UseSetting($"ConnectionStrings:{Provider}", ConnectionString);
        builder.UseSetting("Security:LoginPermitsPerMinute", "100000");
        builder.UseSetting("Security:AnonymousPermitsPerMinute", "100000");
        builder.UseSetting("Security:PublicPermitsPerMinute", "100000");
        // Every test signs in from 127.0.0.1: the per-address throttle would otherwise count the whole suite's wrong
        // passwords together. The per-account throttle stays as shipped (tests use fresh names).
        builder.UseSetting("Security:LoginThrottle:AddressFailures", "100000");
        builder.UseSetting("Attachments:Root", FilesRoot);
        builder.UseSetting("Protection:KeyFile", KeyFile);
        builder.UseSetting("Urls", "http://127.0.0.1:0");
        foreach (var (key, value) in Settings) builder.UseSetting(key, value);
        builder.ConfigureServices(ConfigureTestServices);
        if (Clock is not null) builder.ConfigureTestServices(s => s.AddSingleton(Clock));
        if (TestServices is not null) builder.ConfigureTestServices(TestServices);
    }

    private string FilesRoot => Path.Combine((_sharesWith ?? this)._root, "files");
    public string KeyFile => Path.Combine((_sharesWith ?? this)._root, "protection.key");

    private static void CopyDirectory(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    public AsyncServiceScope SystemScope() => Services.CreateSystemScope();

    /// <summary>A scope acting as the user in the station, the way an HTTP request would (for calling in-process contracts).</summary>
    public async Task<AsyncServiceScope> UserScopeAsync(TestUser user, Station? station = null)
    {
        var scope = Services.CreateAsyncScope();
        var principal = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, user.Id.ToString())], "test"));
        await scope.ServiceProvider.GetRequiredService<CurrentUser>().InitializeAsync(principal, station?.Id.ToString());
        return scope;
    }

    public string Unique(string prefix) => $"{prefix}{Interlocked.Increment(ref _counter)}{Guid.NewGuid().ToString("N")[..6]}";

    /// <summary>A station of the test county centre, or of <paramref name="organisation"/>.</summary>
    public async Task<Station> NewStationAsync(string? name = null, Organisation? organisation = null)
    {
        await using var scope = SystemScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var code = Unique("S");
        var station = new Station { OrganisationId = organisation?.Id ?? OrganisationId, Name = name ?? $"测试社工站{code}", Code = code };
        db.Stations.Add(station);
        await db.SaveChangesAsync();
        return station;
    }

    /// <summary>An organisation of its own, so a county-wide user sees exactly the stations a test gives it: a county
    /// centre, or one under <paramref name="parent"/> (a city bureau). Roles are deployment-wide and already seeded.</summary>
    public async Task<Organisation> NewOrganisationAsync(string name, Organisation? parent = null)
    {
        await using var scope = SystemScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var organisation = new Organisation { Name = Unique(name), ParentId = parent?.Id };
        db.Organisations.Add(organisation);
        await db.SaveChangesAsync();
        return organisation;
    }

    /// <summary>Creates a user with the roles in the stations; whoever must use two-factor (administrators, and every role
    /// that can reveal identifiers or export) gets an authenticator (TOTP) enrolled.</summary>
    public Task<TestUser> NewUserAsync(string[] roles, params Station[] stations) => NewUserAsync(OrganisationId, roles, stations);

    /// <summary>A user of another organisation (e.g. a city bureau's county-wide user, who may have no station of their own).</summary>
    public Task<TestUser> NewUserAsync(Organisation organisation, string role, params Station[] stations) =>
        NewUserAsync(organisation.Id, [role], stations);

    private async Task<TestUser> NewUserAsync(Guid organisationId, string[] roles, Station[] stations)
    {
        await using var scope = SystemScope();
        var installation = scope.ServiceProvider.GetRequiredService<InstallationService>();
        var name = Unique("u");
        var result = await installation.CreateUserAsync(organisationId, name, $"测试{name}", Password, roles,
            stations.Select(s => s.Id), CancellationToken.None);
        var user = result.Value ?? throw new InvalidOperationException(result.Error!.Message);
        string? totpKey = null;
        if (await RequiresTwoFactorAsync(user.Id)) totpKey = await EnableTotpAsync(scope, user);
        return new TestUser(user.Id, name, Password, totpKey);
    }

    public Task<TestUser> NewUserAsync(string role, params Station[] stations) => NewUserAsync([role], stations);

    /// <summary>Whether the app would send the user to enrol an authenticator before anything else.</summary>
    public async Task<bool> RequiresTwoFactorAsync(Guid userId)
    {
        await using var scope = SystemScope();
        var access = await scope.ServiceProvider.GetRequiredService<UserAccessLoader>().LoadAsync(userId, CancellationToken.None);
        return access?.RequiresTwoFactorSetup ?? false;
    }

    private static async Task<string> EnableTotpAsync(AsyncServiceScope scope, AppUser user)
    {
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        await users.ResetAuthenticatorKeyAsync(user);
        await users.SetTwoFactorEnabledAsync(user, true);
        return (await users.GetAuthenticatorKeyAsync(user))!;
    }

    private static readonly Dictionary<string, long> LastStep = new();

    /// <summary>A code the app has not accepted yet: each authenticator code is used once (issue 10, item 9), so successive
    /// sign-ins of one user take successive 30-second steps, from one step back to one ahead (the app allows two either
    /// side; one keeps clear of a step boundary passing in flight); when all three are used, this waits for the next step. <paramref name="clock"/>: the app's clock when it has a fake one.</summary>
    public static string TotpCode(string key, TimeProvider? clock = null)
    {
        var totp = new Totp(Base32Encoding.ToBytes(key));
        while (true)
        {
            var now = (clock ?? TimeProvider.System).GetUtcNow().ToUnixTimeSeconds() / 30;
            lock (LastStep)
            {
                var step = Math.Max(now - 1, LastStep.TryGetValue(key, out var last) ? last + 1 : long.MinValue);
                if (step <= now + 1)
                {
                    LastStep[key] = step;
                    return totp.ComputeTotp(DateTimeOffset.FromUnixTimeSeconds(step * 30).UtcDateTime);
                }
            }
            if (clock is not null && clock != TimeProvider.System)
                throw new InvalidOperationException("Every authenticator step around the fake clock's time is used; advance it.");
            Thread.Sleep(TimeSpan.FromSeconds(30 - DateTimeOffset.UtcNow.ToUnixTimeSeconds() % 30));
        }
    }

    /// <summary>An anonymous client against the real server (no cookies kept).</summary>
    public HttpClient NewClient() => new(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = BaseAddress };

    /// <summary>A client carrying the user's bearer token (and the station header when given).</summary>
    public async Task<HttpClient> ClientForAsync(TestUser user, Station? station = null)
    {
        var client = NewClient();
        var response = await client.PostAsJsonAsync("/api/v1/auth/token", new
        {
            userName = user.UserName, password = user.Password,
            twoFactorCode = user.TotpKey is null ? null : TotpCode(user.TotpKey, Clock),
        });
        response.EnsureSuccessStatusCode();
        var token = await response.Content.ReadFromJsonAsync<TokenResponse>();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token!.AccessToken);
        if (station is not null) client.DefaultRequestHeaders.Add("X-Station-Id", station.Id.ToString());
        return client;
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        if (_sharesWith is null) await DropDatabaseAsync();
        try { Directory.Delete(_root, recursive: true); } catch (IOException) { }
    }

    protected virtual Task DropDatabaseAsync() => Task.CompletedTask;

    private sealed record TokenResponse(string AccessToken);
}

public sealed record TestUser(Guid Id, string UserName, string Password, string? TotpKey);

public sealed class SqliteApp : TestApp
{
    public override string Provider => "Sqlite";

    protected override Task CreateDatabaseAsync()
    {
        var dir = Path.Combine(Path.GetTempPath(), "sws-tests");
        Directory.CreateDirectory(dir);
        ConnectionString = $"Data Source={Path.Combine(dir, Guid.NewGuid().ToString("N"))}.db";
        return Task.CompletedTask;
    }

    protected override Task RestoreAsync(string snapshot)
    {
        File.Copy(Path.Combine(snapshot, "sws.db"), new SqliteConnectionStringBuilder(ConnectionString).DataSource);
        return Task.CompletedTask;
    }
}

/// <summary>PostgreSQL from SWS_TEST_PG (the test script starts a throwaway cluster); each app gets its own database.</summary>
public sealed class PostgresApp : TestApp
{
    private string _database = "";
    public override string Provider => "Postgres";

    public static string AdminConnectionString =>
        Environment.GetEnvironmentVariable("SWS_TEST_PG")
        ?? throw new InvalidOperationException("SWS_TEST_PG is not set: run the tests through scripts/test.sh, which starts PostgreSQL.");

    protected override async Task CreateDatabaseAsync()
    {
        _database = "sws_" + Guid.NewGuid().ToString("N")[..12];
        await using var conn = new NpgsqlConnection(AdminConnectionString);
        await conn.OpenAsync();
        await using (var cmd = new NpgsqlCommand($"CREATE DATABASE {_database}", conn)) await cmd.ExecuteNonQueryAsync();
        ConnectionString = new NpgsqlConnectionStringBuilder(AdminConnectionString) { Database = _database }.ConnectionString;
    }

    /// <summary>The snapshot is a gzipped plain pg_dump; psql loads it as an operator would.</summary>
    protected override async Task RestoreAsync(string snapshot)
    {
        var target = new NpgsqlConnectionStringBuilder(ConnectionString);
        var psql = new ProcessStartInfo("psql", ["-h", target.Host!, "-p", target.Port.ToString(), "-U", target.Username!, "-d", _database,
            "-q", "-v", "ON_ERROR_STOP=1", "-o", "/dev/null", "-f", "-"])
        {
            RedirectStandardInput = true, RedirectStandardError = true, RedirectStandardOutput = true,
        };
        if (target.Password is { } password) psql.Environment["PGPASSWORD"] = password;
        using var process = Process.Start(psql)!;
        var errors = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEndAsync();
        await using (var dump = new GZipStream(File.OpenRead(Path.Combine(snapshot, "sws.sql.gz")), CompressionMode.Decompress))
            await dump.CopyToAsync(process.StandardInput.BaseStream);
        process.StandardInput.Close();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0) throw new InvalidOperationException($"psql could not load the snapshot: {await errors}{await output}");
    }

    protected override async Task DropDatabaseAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await using var conn = new NpgsqlConnection(AdminConnectionString);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand($"DROP DATABASE IF EXISTS {_database} WITH (FORCE)", conn);
        await cmd.ExecuteNonQueryAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class SqliteCollection : ICollectionFixture<SqliteApp> { public const string Name = "sqlite"; }

[CollectionDefinition(Name)]
public sealed class PostgresCollection : ICollectionFixture<PostgresApp> { public const string Name = "postgres"; }
