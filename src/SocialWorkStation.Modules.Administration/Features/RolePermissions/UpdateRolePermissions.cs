using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using SocialWorkStation.Platform;
using SocialWorkStation.Platform.Identity;
using SocialWorkStation.Platform.Permissions;
using SocialWorkStation.Platform.Results;

namespace SocialWorkStation.Modules.Administration.Features.RolePermissions;

public sealed record UpdateRolePermissionsRequest
{
    [Required(ErrorMessage = "请提交权限列表。")]
    public List<string> Permissions { get; set; } = [];

    /// <summary>The role's stamp as read; when given, another administrator's save in between is a conflict.</summary>
    [MaxLength(100)]
    public string? ConcurrencyStamp { get; set; }
}

/// <summary>Replaces a role's permission set in one save (C7.3.1). Holders of the role get a new security stamp in the
/// same save: their sessions and tokens end and they sign in again under the new set.</summary>
internal sealed class UpdateRolePermissionsHandler(IPlatformDb db, PermissionCatalog catalog, ListRolesHandler roles, ICurrentUser user)
{
    public async Task<Result<RoleSummary>> HandleAsync(Guid roleId, UpdateRolePermissionsRequest r, CancellationToken ct)
    {
        // Roles are shared by every organisation of the deployment: a county centre under a city bureau may not change
        // them, or it could grant itself what another county's staff hold (issue 10). The deployment's top organisation may.
        if (!user.IsSystem && await db.Organisations.AnyAsync(o => o.Id == user.OrganisationId && o.ParentId != null, ct))
            return Error.Forbidden("角色与权限在整个部署中共用，只能由部署层级（市级或单独部署的县级中心）的管理员修改。");
        var role = await db.Roles.FirstOrDefaultAsync(x => x.Id == roleId, ct);
        if (role is null) return Error.NotFound("角色不存在。");
        if (r.ConcurrencyStamp is not null && r.ConcurrencyStamp != role.ConcurrencyStamp)
            return Error.Conflict("该角色的权限已被他人修改，请刷新后重试。");

        var wanted = r.Permissions.Distinct().ToHashSet();
        var unknown = wanted.Where(p => !catalog.Exists(p)).ToList();
        if (unknown.Count > 0) return Error.Invalid("permissions", $"权限不存在：{string.Join("、", unknown)}。");
        // Each of the three administrators keeps their duty, or nobody could do that job any more; none takes another's.
        if (SeparationOfDuties.OfRole(role.Name) is { } duty && duty.Permissions.Any(p => !wanted.Contains(p)))
            return Error.Rule($"不能从{duty.Role}角色移除{Names(duty.Permissions)}权限，否则将无人能够负责{duty.Job}。");
        if (SeparationOfDuties.Conflict(wanted) is { } conflict) return Error.Rule(conflict);
        if (await HolderConflictAsync(roleId, wanted, ct) is { } holderConflict) return Error.Rule(holderConflict);
        if (role.Name == Roles.Evaluator)
        {
            // External evaluators only look; a write permission would let an outsider change records.
            var writes = catalog.All.Where(p => wanted.Contains(p.Code) && !p.ReadOnly).Select(p => p.Name).ToList();
            if (writes.Count > 0) return Error.Rule($"外部评估员只能授予只读权限，不能授予：{string.Join("、", writes)}。");
        }

        var current = await db.RolePermissions.Where(p => p.RoleId == roleId).ToListAsync(ct);
        // Everyone holding the role signs in again with the new set (issue 10): a new security stamp each.
        if (!current.Select(p => p.Permission).ToHashSet().SetEquals(wanted))
            foreach (var holder in await db.Users.Where(u => db.UserRoles.Any(ur => ur.UserId == u.Id && ur.RoleId == roleId)).ToListAsync(ct))
                holder.SecurityStamp = Guid.NewGuid().ToString("N").ToUpperInvariant();
        db.RolePermissions.RemoveRange(current.Where(p => !wanted.Contains(p.Permission)));
        db.RolePermissions.AddRange(wanted.Where(p => current.All(c => c.Permission != p))
            .Select(p => new RolePermission { RoleId = roleId, Permission = p }));
        role.ConcurrencyStamp = Guid.NewGuid().ToString();
        try
        {
            // One SaveChanges is one transaction (the context wraps it with its audit rows): all or nothing.
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Error.Conflict("该角色的权限已被他人修改，请刷新后重试。");
        }
        return await roles.GetAsync(roleId, ct);
    }

    private string Names(IEnumerable<string> permissions) =>
        string.Join("、", permissions.Select(p => $"“{catalog.All.First(d => d.Code == p).Name}”"));

    /// <summary>Why a holder of the role may not get the wanted set: with their other roles it would span two duties.</summary>
    private async Task<string?> HolderConflictAsync(Guid roleId, HashSet<string> wanted, CancellationToken ct)
    {
        if (SeparationOfDuties.DutiesOf(wanted).Count == 0) return null;
        var others = await (from mine in db.UserRoles
                            join ur in db.UserRoles on mine.UserId equals ur.UserId
                            join p in db.RolePermissions on ur.RoleId equals p.RoleId
                            join u in db.Users on mine.UserId equals u.Id
                            where mine.RoleId == roleId && ur.RoleId != roleId
                            select new { u.UserName, p.Permission }).Distinct().ToListAsync(ct);
        foreach (var holder in others.GroupBy(o => o.UserName))
            if (SeparationOfDuties.Conflict(wanted.Concat(holder.Select(o => o.Permission))) is { } conflict)
                return $"用户“{holder.Key}”还持有其他角色，授予后将兼任多项管理职责。{conflict}";
        return null;
    }
}
