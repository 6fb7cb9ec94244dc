using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SocialWorkStation.Data;
using SocialWorkStation.IntegrationTests.Infrastructure;
using SocialWorkStation.Modules.Cases.Domain;
using SocialWorkStation.Platform.Approvals;
using SocialWorkStation.Platform.Identity;
using SocialWorkStation.Platform.Permissions;
using SocialWorkStation.UpgradeSnapshot;
using static SocialWorkStation.IntegrationTests.Admin.AdminApi;

namespace SocialWorkStation.IntegrationTests.Upgrade;

/// <summary>Real upgrades (issue 9): today's build starts through its normal host — migrations at start, as in production —
/// on each checked-in snapshot of an earlier release, and every record must still be there and read back as it was
/// written, through the doors people use. The app also carries <see cref="LaterDefaults"/>, as a later release would.</summary>
public abstract class UpgradeTests(UpgradedSnapshots snapshots)
{
    public static TheoryData<string> Snapshots => UpgradedSnapshots.Names;

    /// <summary>Tables the start itself may add to: the default rollout (new built-in roles, grants, flows, and their audit
    /// rows), and a new Data Protection key once the snapshot's has expired. What they held must still be there: see the
    /// tests below (the grants 三权分立 moved from the 系统管理员 role excepted).</summary>
    private static readonly HashSet<string> GrowAtStart =
        ["platform_role", "platform_role_permission", "platform_approval_flow", "platform_approval_flow_step", "platform_audit", "platform_data_protection_key"];

    [Theory, MemberData(nameof(Snapshots))]
    public void Every_table_keeps_its_rows(string snapshot)
    {
        var upgraded = snapshots[snapshot];
        var differences = upgraded.Manifest.Rows
            .Select(t => (Table: t.Key, Expected: t.Value, Actual: upgraded.RowsAtStart.GetValueOrDefault(t.Key, -1)))
            .Where(t => GrowAtStart.Contains(t.Table) ? t.Actual < t.Expected : t.Actual != t.Expected)
            .Select(t => $"{t.Table}: {t.Expected} rows before, {t.Actual} after");
        Assert.Empty(differences);
    }

    [Theory, MemberData(nameof(Snapshots))]
    public async Task Every_account_signs_in_with_its_password_and_keeps_its_roles_and_stations(string snapshot)
    {
        var upgraded = snapshots[snapshot];
        foreach (var user in upgraded.Manifest.Users.Where(u => u.CanSignIn))
        {
            using var client = await upgraded.SignInAsync(user.UserName);
            var me = await client.GetFromJsonAsync<JsonElement>("/api/v1/me");
            Assert.Equal(user.Roles.Order(), me.GetProperty("roles").EnumerateArray().Select(r => r.GetString()!).Order());
            var stations = me.GetProperty("stations").EnumerateArray().Select(s => s.GetProperty("code").GetString()).ToList();
            Assert.All(user.Stations, code => Assert.Contains(code, stations));
        }
    }

    [Theory, MemberData(nameof(Snapshots))]
    public async Task Encrypted_id_numbers_and_phones_decrypt_to_what_was_entered(string snapshot)
    {
        var upgraded = snapshots[snapshot];
        foreach (var c in upgraded.Manifest.Clients)
        {
            using var reader = await upgraded.SignInAsync(c.ReadBy, c.Station);
            var revealed = await (await reader.PostAsync($"/api/v1/clients/{c.Id}/reveal", null)).Content.ReadFromJsonAsync<JsonElement>();
            Assert.Equal((c.IdNumber, c.Phone, c.GuardianPhone), (Text(revealed, "idNumber"), Text(revealed, "phone"), Text(revealed, "guardianPhone")));
            Assert.Equal(c.Name, (await reader.GetFromJsonAsync<JsonElement>($"/api/v1/clients/{c.Id}")).GetProperty("name").GetString());
        }
    }

    [Theory, MemberData(nameof(Snapshots))]
    public async Task Cases_and_approvals_keep_their_numbers_and_stages(string snapshot)
    {
        var upgraded = snapshots[snapshot];
        foreach (var c in upgraded.Manifest.Cases)
        {
            using var reader = await upgraded.SignInAsync(c.ReadBy, c.Station);
            var header = await reader.GetFromJsonAsync<JsonElement>($"/api/v1/cases/{c.Id}");
            Assert.Equal((c.Number, c.Status), (Text(header, "number"), SnapshotManifest.EnumName<CaseStatus>(header.GetProperty("status"))));
        }
        foreach (var a in upgraded.Manifest.Approvals)
        {
            using var reader = await upgraded.SignInAsync(a.ReadBy, a.Station);
            var detail = await reader.GetFromJsonAsync<JsonElement>($"/api/v1/approvals/{a.Id}");
            Assert.Equal((a.Number, a.SubjectType, a.Status),
                (Text(detail, "number"), Text(detail, "subjectType"), SnapshotManifest.EnumName<ApprovalStatus>(detail.GetProperty("status"))));
        }
    }

    [Theory, MemberData(nameof(Snapshots))]
    public async Task Attachments_download_with_the_hash_recorded_at_upload(string snapshot)
    {
        var upgraded = snapshots[snapshot];
        Assert.NotEmpty(upgraded.Manifest.Attachments);
        foreach (var a in upgraded.Manifest.Attachments)
        {
            using var reader = await upgraded.SignInAsync(a.ReadBy, a.Station);
            var bytes = await reader.GetByteArrayAsync($"/api/v1/attachments/{a.Id}/content");
            Assert.Equal((a.Size, a.Sha256), (bytes.LongLength, Convert.ToHexStringLower(SHA256.HashData(bytes))));
        }
    }

    [Theory, MemberData(nameof(Snapshots))]
    public async Task The_audit_chain_written_by_the_earlier_release_verifies(string snapshot)
    {
        var upgraded = snapshots[snapshot];
        using var auditor = await upgraded.AppointAsync(Roles.AuditAdmin);
        var result = await (await auditor.PostAsync("/api/v1/admin/audit/verify", null)).Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(result.GetProperty("isIntact").GetBoolean(), result.GetProperty("message").GetString());
        Assert.True(result.GetProperty("rowsChecked").GetInt64() >= upgraded.Manifest.AuditRows);
    }

    [Theory, MemberData(nameof(Snapshots))]
    public async Task Roles_keep_their_grants_and_gain_every_current_default_grant(string snapshot)
    {
        var upgraded = snapshots[snapshot];
        using var security = await upgraded.AppointAsync(Roles.SecurityAdmin);
        var roles = (await security.GetFromJsonAsync<List<RoleDto>>("/api/v1/admin/roles"))!.ToDictionary(r => r.Name, r => r.Permissions);
        // Except what 三权分立 moved: the 系统管理员 role gave roles and the audit records to the two new administrators.
        var moved = SeparationOfDuties.Duties.Where(d => d.Role != Roles.Admin).SelectMany(d => d.Permissions.Select(p => (Roles.Admin, p))).ToHashSet();
        var expected = upgraded.Manifest.Grants.SelectMany(g => g.Value.Select(p => (Role: g.Key, Permission: p))).Where(g => !moved.Contains(g))
            .Concat(upgraded.App.Services.GetRequiredService<PermissionCatalog>().DefaultGrants);
        var missing = expected.Where(g => !roles.TryGetValue(g.Role, out var held) || !held.Contains(g.Permission)).ToList();
        Assert.Empty(missing);
        Assert.DoesNotContain(roles[Roles.Admin], moved.Select(m => m.Item2).Contains);
        Assert.Contains(roles, r => r.Value.Contains(LaterDefaults.Permission));
    }

    [Theory, MemberData(nameof(Snapshots))]
    public async Task Approval_flows_stay_as_configured_and_county_centres_gain_new_default_flows(string snapshot)
    {
        var upgraded = snapshots[snapshot];
        await using var scope = upgraded.App.SystemScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var organisations = await db.Organisations.ToDictionaryAsync(o => o.Id, o => o.Name);
        var stations = await db.Stations.ToListAsync();
        var flows = (await db.ApprovalFlows.Include(f => f.Steps).ToListAsync()).Select(f => new SnapshotFlow(organisations[f.OrganisationId],
            stations.SingleOrDefault(s => s.Id == f.StationId)?.Code, f.SubjectType, f.Steps.OrderBy(s => s.Order).Select(s => s.Name).ToList())).ToList();

        Assert.All(upgraded.Manifest.Flows, expected => Assert.Contains(flows, f => f.Organisation == expected.Organisation
            && f.Station == expected.Station && f.SubjectType == expected.SubjectType && f.Steps.SequenceEqual(expected.Steps)));
        var counties = stations.Select(s => organisations[s.OrganisationId]).Distinct().Order();
        Assert.Equal(counties, flows.Where(f => f.SubjectType == LaterDefaults.SubjectType && f.Station is null).Select(f => f.Organisation).Order());
    }

    private static string? Text(JsonElement e, string property) => e.GetProperty(property).GetString();
}

/// <summary>One upgraded app per checked-in snapshot, on one provider; row counts are taken as soon as it has started,
/// before any test signs in (sign-ins and reads add login and access-log rows).</summary>
public abstract class UpgradedSnapshots : IAsyncLifetime
{
    private static readonly string Root = Path.Combine(AppContext.BaseDirectory, "Upgrade", "Snapshots");
    private readonly Dictionary<string, Upgraded> _upgraded = new();

    /// <summary>The snapshot folders (one per release that made one); none found fails every theory, never skips it.</summary>
    public static TheoryData<string> Names => new(Folders());

    private static IEnumerable<string> Folders() => Directory.GetDirectories(Root).Select(d => Path.GetFileName(d)).Order();

    public Upgraded this[string name] => _upgraded[name];

    protected abstract TestApp NewApp(string snapshot, string protectionKey);
    protected abstract string Folder { get; }

    public async Task InitializeAsync()
    {
        var key = File.ReadAllText(Path.Combine(Root, "TEST-ONLY-protection.key")).Trim();
        foreach (var name in Folders())
        {
            var folder = Path.Combine(Root, name, Folder);
            var app = NewApp(folder, key);
            await app.InitializeAsync();
            await using var scope = app.SystemScope();
            var connection = scope.ServiceProvider.GetRequiredService<AppDbContext>().Database.GetDbConnection();
            await connection.OpenAsync();
            _upgraded[name] = new Upgraded(app, SnapshotManifest.Read(Path.Combine(folder, "manifest.json")),
                await SnapshotManifest.CountRowsAsync(connection));
        }
    }

    public async Task DisposeAsync()
    {
        foreach (var upgraded in _upgraded.Values) await ((IAsyncLifetime)upgraded.App).DisposeAsync();
    }

    protected static Dictionary<string, string> KeySettings(string protectionKey) => new() { ["Protection:Key"] = protectionKey };
}

public sealed record Upgraded(TestApp App, SnapshotManifest Manifest, IReadOnlyDictionary<string, long> RowsAtStart)
{
    private async Task<string> FirstSignInAsync(string userName)
    {
        var user = Manifest.Users.Single(u => u.UserName == userName);
        var key = user.TotpKey;
        var client = await App.ClientForAsync(new TestUser(Guid.Empty, user.UserName, user.Password, key));
        if (key is null && (await client.GetAsync("/api/v1/me")).StatusCode == System.Net.HttpStatusCode.Forbidden)
        {
            var status = await client.GetFromJsonAsync<JsonElement>("/api/v1/me/two-factor");
            key = status.GetProperty("authenticatorKey").GetString()!;
            (await client.PostAsJsonAsync("/api/v1/me/two-factor", new { code = TestApp.TotpCode(key) })).EnsureSuccessStatusCode();
            client.Dispose();
            client = await App.ClientForAsync(new TestUser(Guid.Empty, user.UserName, user.Password, key));
        }
        using (client) return client.DefaultRequestHeaders.Authorization!.Parameter!;
    }

    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> _tokens = new();

    /// <summary>The snapshot's 系统管理员 appoints a 安全管理员 or 审计管理员 (roles the earlier release did not have) in the
    /// administrator's first station, as people will after the upgrade.</summary>
    public async Task<HttpClient> AppointAsync(string role)
    {
        using var admin = await SignInAsync("admin");
        var me = await admin.GetFromJsonAsync<JsonElement>("/api/v1/me");
        return await App.AppointAsync(admin, role, me.GetProperty("stations")[0].GetProperty("id").GetGuid());
    }

    /// <summary>A bearer client of a snapshot account (with its authenticator code where it has one), in the station.
    /// Since issue 10 every role that may reveal identifiers or export must use two-factor: such an account of an older
    /// release enrols an authenticator at its first sign-in here, as its user would be sent to. Each account signs in
    /// once and its token is reused: authenticator codes are accepted once each, so repeated sign-ins would wait.</summary>
    public async Task<HttpClient> SignInAsync(string userName, string? stationCode = null)
    {
        if (!_tokens.TryGetValue(userName, out var token)) _tokens[userName] = token = await FirstSignInAsync(userName);
        var client = App.NewClient();
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        if (stationCode is null) return client;
        var me = await client.GetFromJsonAsync<JsonElement>("/api/v1/me");
        var station = me.GetProperty("stations").EnumerateArray().Single(s => s.GetProperty("code").GetString() == stationCode);
        client.DefaultRequestHeaders.Add("X-Station-Id", station.GetProperty("id").GetString());
        return client;
    }
}

public sealed class SqliteSnapshots : UpgradedSnapshots
{
    protected override string Folder => "sqlite";
    protected override TestApp NewApp(string snapshot, string key) =>
        new SqliteApp { Snapshot = snapshot, SeedOrganisation = false, Settings = KeySettings(key), TestServices = LaterDefaults.Add };
}

public sealed class PostgresSnapshots : UpgradedSnapshots
{
    protected override string Folder => "postgres";
    protected override TestApp NewApp(string snapshot, string key) =>
        new PostgresApp { Snapshot = snapshot, SeedOrganisation = false, Settings = KeySettings(key), TestServices = LaterDefaults.Add };
}

public sealed class UpgradeOnSqlite(SqliteSnapshots snapshots) : UpgradeTests(snapshots), IClassFixture<SqliteSnapshots>;
public sealed class UpgradeOnPostgres(PostgresSnapshots snapshots) : UpgradeTests(snapshots), IClassFixture<PostgresSnapshots>;
