using Microsoft.EntityFrameworkCore;
using SocialWorkStation.Data;
using SocialWorkStation.Platform.Identity;
using SocialWorkStation.Platform.Modules;
using SocialWorkStation.Platform.Permissions;

namespace SocialWorkStation.Web.Setup;

/// <summary>Start-up step after the migrations: what a release adds to the built-in defaults reaches installations made
/// before it, exactly once. Roles get the default grants of permissions new to the catalogue; every organisation with
/// stations (a county centre; approvals run in stations) gets the default flow of new approval subject types, unless it
/// already has one. Each permission and subject type is then recorded in <see cref="RolledOutDefault"/> — the first
/// release's are recorded by the migration that added the table — so a grant or flow an administrator removes later
/// stays removed. Built-in roles new to the release are created with their default grants. On a new installation there are no roles yet: everything is recorded and setup seeds it in full.
/// A start-up data upgrade: it runs in their one transaction, one node at a time (DatabaseSetup.UpgradeDataAsync).</summary>
public sealed class DefaultsRollout(AppDbContext db, PermissionCatalog catalog, InstallationService installation, TimeProvider clock) : IDataUpgrade
{
    /// <summary>After the platform's own steps (a login's staff record, order 0).</summary>
    public int Order => 10;

    public async Task RunAsync(CancellationToken ct)
    {
        await AddRolesAsync(ct);
        var done = (await db.RolledOutDefaults.AsNoTracking().ToListAsync(ct)).Select(r => (r.Kind, r.Code)).ToHashSet();
        var permissions = catalog.All.Select(p => p.Code).Where(c => !done.Contains((RolledOutDefault.Permission, c))).ToList();
        var subjects = installation.DefaultFlowSubjects.Where(s => !done.Contains((RolledOutDefault.ApprovalFlow, s))).ToList();
        if (permissions.Count == 0 && subjects.Count == 0) return;

        await GrantAsync(permissions, ct);
        await AddFlowsAsync(subjects, ct);
        var now = clock.GetUtcNow().UtcDateTime;
        db.RolledOutDefaults.AddRange(
            permissions.Select(c => new RolledOutDefault { Kind = RolledOutDefault.Permission, Code = c, RolledOutAt = now })
                .Concat(subjects.Select(s => new RolledOutDefault { Kind = RolledOutDefault.ApprovalFlow, Code = s, RolledOutAt = now })));
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Built-in roles new to this release (安全管理员 and 审计管理员 came with issue 10), with their default grants.
    /// Roles cannot be deleted, so a missing one is a new one.</summary>
    private async Task AddRolesAsync(CancellationToken ct)
    {
        var existing = await db.Roles.Select(r => r.Name).ToListAsync(ct);
        if (existing.Count == 0) return; // a new installation: setup seeds them all
        var added = Roles.All.Except(existing.OfType<string>()).ToList();
        if (added.Count == 0) return;
        foreach (var name in added) installation.SeedRole(name);
        await db.SaveChangesAsync(ct);
    }

    private async Task GrantAsync(List<string> permissions, CancellationToken ct)
    {
        var roles = await db.Roles.Where(r => r.Name != null).ToDictionaryAsync(r => r.Name!, r => r.Id, ct);
        var granted = (await db.RolePermissions.Where(p => permissions.Contains(p.Permission)).ToListAsync(ct))
            .Select(p => (p.RoleId, p.Permission)).ToHashSet();
        foreach (var (role, permission) in catalog.DefaultGrants.Where(g => permissions.Contains(g.Permission)))
            if (roles.TryGetValue(role, out var roleId) && granted.Add((roleId, permission)))
                db.RolePermissions.Add(new RolePermission { RoleId = roleId, Permission = permission });
    }

    private async Task AddFlowsAsync(List<string> subjects, CancellationToken ct)
    {
        if (subjects.Count == 0) return;
        var organisations = await db.Organisations.Where(o => db.Stations.Any(s => s.OrganisationId == o.Id)).Select(o => o.Id).ToListAsync(ct);
        var existing = (await db.ApprovalFlows.Where(f => f.StationId == null && subjects.Contains(f.SubjectType))
            .Select(f => new { f.OrganisationId, f.SubjectType }).ToListAsync(ct)).Select(f => (f.OrganisationId, f.SubjectType)).ToHashSet();
        foreach (var organisation in organisations)
            foreach (var subject in subjects.Where(s => !existing.Contains((organisation, s))))
                db.ApprovalFlows.Add(installation.DefaultFlow(organisation, subject));
    }
}
