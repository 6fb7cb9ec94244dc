using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SocialWorkStation.Data;
using SocialWorkStation.Platform.Identity;
using SocialWorkStation.Platform.Stations;
using SocialWorkStation.Web.Setup;

namespace SocialWorkStation.UpgradeSnapshot;

/// <summary>A small but complete installation, made the way people make one: first-run setup, then everything through
/// /api/v1 as the user whose job it is. Only what this release has no door for is written in-process (the city bureau
/// above the county centre, and a second county centre, are created by the installer's own services).</summary>
internal sealed partial class Story(SnapshotHost host)
{
    public const string Password = "Snapshot-2026!";
    private const string AdminPassword = "Snapshot-Admin-2026!";

    private readonly Dictionary<string, Guid> _stations = new();       // code → id
    private readonly Dictionary<string, Guid> _userIds = new();        // user name → id
    private readonly List<SnapshotUser> _users = [];
    private readonly List<SnapshotClient> _clients = [];
    private readonly List<SnapshotCase> _cases = [];
    private readonly List<SnapshotApproval> _approvals = [];
    private readonly List<SnapshotAttachment> _attachments = [];
    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8)); // station time (Asia/Shanghai)

    public async Task<SnapshotManifest> RunAsync(string commit, string provider)
    {
        var totpKey = await InstallAsync();
        var admin = await host.SignInAsync("admin", AdminPassword, totpKey);
        _stations["CG"] = (await admin.GetAsync("/api/v1/me")).GetProperty("stations")[0].GetProperty("id").GetGuid();
        _users.Add(new SnapshotUser("admin", AdminPassword, totpKey, [Roles.Admin], ["CG"], CanSignIn: true));
        await AddCityAndNeighbourAsync();
        await AddStationsAndStaffAsync(admin);

        await CaseworkAsync();
        await ApprovalsAsync();
        await ReadingAsync();

        var audit = await admin.PostAsync("/api/v1/admin/audit/verify");
        if (!audit.GetProperty("isIntact").GetBoolean()) throw new InvalidOperationException(audit.GetRawText());
        var (grants, flows) = await ConfigurationAsync();
        return new SnapshotManifest(commit, provider, DateTime.UtcNow, new Dictionary<string, long>(), _users, _clients, _cases,
            _approvals, _attachments, grants, flows, audit.GetProperty("rowsChecked").GetInt64());
    }

    /// <summary>What the setup page does (county centre, first station, administrator), then the administrator's
    /// authenticator enrolment as on the two-factor page. Returns the authenticator key.</summary>
    private async Task<string> InstallAsync()
    {
        await using var scope = Scope();
        var installed = await scope.ServiceProvider.GetRequiredService<InstallationService>().InstallAsync(new SetupRequest
        {
            SetupToken = scope.ServiceProvider.GetRequiredService<SocialWorkStation.Web.Security.SetupState>().Token,
            OrganisationName = "快照县社会工作指导中心", RegionCode = "330110", StationName = "城关街道社工站", StationCode = "CG",
            AdminUserName = "admin", AdminDisplayName = "系统管理员", Password = AdminPassword, ConfirmPassword = AdminPassword,
        });
        if (installed.IsFailure) throw new InvalidOperationException(installed.Error!.Message);
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var admin = (await users.FindByNameAsync("admin"))!;
        await users.ResetAuthenticatorKeyAsync(admin);
        await users.SetTwoFactorEnabledAsync(admin, true);
        return (await users.GetAuthenticatorKeyAsync(admin))!;
    }

    /// <summary>A city bureau over the county centre, and a second county centre with one station and its own staff.</summary>
    private async Task AddCityAndNeighbourAsync()
    {
        await using var scope = Scope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var installation = scope.ServiceProvider.GetRequiredService<InstallationService>();
        var county = await db.Organisations.SingleAsync();
        var city = new Organisation { Name = "快照市民政局", RegionCode = "330100" };
        var neighbour = new Organisation { Name = "邻县社会工作指导中心", RegionCode = "330111", ParentId = city.Id };
        var station = new Station { OrganisationId = neighbour.Id, Name = "临溪镇社工站", Code = "LX" };
        db.Organisations.AddRange(city, neighbour);
        db.Stations.Add(station);
        county.ParentId = city.Id;
        installation.SeedFlows(neighbour.Id);
        await db.SaveChangesAsync();
        _stations["LX"] = station.Id;

        async Task AddAsync(Guid organisationId, string userName, string name, string role, params string[] stations)
        {
            var created = await installation.CreateUserAsync(organisationId, userName, name, Password, [role],
                stations.Select(s => _stations[s]), CancellationToken.None);
            if (created.IsFailure) throw new InvalidOperationException(created.Error!.Message);
            _userIds[userName] = created.Value!.Id;
            _users.Add(new SnapshotUser(userName, Password, null, [role], stations, CanSignIn: true));
        }
        await AddAsync(city.Id, "city", "市民政局社工科", Roles.County);
        await AddAsync(neighbour.Id, "lxdirector", "临溪站长", Roles.Director, "LX");
        await AddAsync(neighbour.Id, "lxworker", "临溪社工", Roles.SocialWorker, "LX");
    }

    /// <summary>The administrator adds two stations and the staff, in several roles; one account is later disabled.</summary>
    private async Task AddStationsAndStaffAsync(Session admin)
    {
        foreach (var (code, name) in new[] { ("DH", "东湖镇社工站"), ("XS", "西山乡社工站") })
            _stations[code] = (await admin.PostAsync("/api/v1/admin/stations", new { name, code })).GetProperty("id").GetGuid();

        async Task AddAsync(string userName, string name, string[] roles, string[] stations, DateOnly? expires = null, bool disable = false)
        {
            var user = await admin.PostAsync("/api/v1/admin/users", new
            {
                userName, displayName = name, password = Password, roles, stationIds = stations.Select(s => _stations[s]),
                accessExpiresOn = expires,
            });
            var id = user.GetProperty("id").GetGuid();
            if (disable) await admin.PostAsync($"/api/v1/admin/users/{id}/disable");
            _userIds[userName] = id;
            // An evaluator's access ends on its date, so a later release's test could not sign in with it.
            _users.Add(new SnapshotUser(userName, Password, null, roles, stations, CanSignIn: !disable && expires is null));
        }
        await AddAsync("director", "王站长", [Roles.Director], ["CG", "DH"]);
        await AddAsync("worker", "李社工", [Roles.SocialWorker], ["CG"]);
        await AddAsync("worker2", "陈社工", [Roles.SocialWorker], ["CG"]);
        await AddAsync("supervisor", "张督导", [Roles.Supervisor], ["CG", "DH"]);
        await AddAsync("dhworker", "东湖社工", [Roles.SocialWorker], ["DH"]);
        await AddAsync("finance", "赵财务", [Roles.Finance], ["DH"]);
        await AddAsync("info", "吴信息", [Roles.InformationOfficer], ["CG"]);
        await AddAsync("keeper", "钱综合", [Roles.MaterialsKeeper, Roles.Archivist, Roles.Hr], ["XS"]);
        await AddAsync("county", "郑科长", [Roles.County], []);
        await AddAsync("evaluator", "冯评估", [Roles.Evaluator], ["CG"], expires: Today.AddYears(1));
        await AddAsync("leaver", "离职社工", [Roles.SocialWorker], ["XS"], disable: true);
    }

    private Task<Session> AsAsync(string userName, string station) => host.SignInAsync(userName, Password, stationId: _stations[station]);

    /// <summary>An anonymous scope, like the setup page's request (the system user is internal to the platform).</summary>
    private AsyncServiceScope Scope() => host.Services.CreateAsyncScope();

    private static Guid Id(JsonElement e) => e.GetProperty("id").GetGuid();
}
