using Microsoft.EntityFrameworkCore;
using SocialWorkStation.Data;
using SocialWorkStation.Platform.Modules;
using SocialWorkStation.Platform.Permissions;

namespace SocialWorkStation.Web.Setup;

/// <summary>三权分立 on installations made before it (issue 10, docs/adr/017): the 系统管理员 role held every system
/// permission; it keeps accounts and stations and gives up roles and permissions (now the 安全管理员's) and the audit
/// records (now the 审计管理员's), whose roles <see cref="DefaultsRollout"/> has just created. Its holders can still
/// administer accounts, and appoint the other two. Each of the three roles ends holding only its own duty; after that,
/// every edit is checked, so on later starts this finds nothing to do.</summary>
internal sealed class SeparationOfDutiesUpgrade(AppDbContext db) : IDataUpgrade
{
    /// <summary>After the default rollout (order 10), which creates the new roles.</summary>
    public int Order => 20;

    public async Task RunAsync(CancellationToken ct)
    {
        var roles = SeparationOfDuties.Duties.Select(d => d.Role).ToList();
        var grants = await db.RolePermissions.Join(db.Roles.Where(r => roles.Contains(r.Name!)), p => p.RoleId, r => r.Id,
            (p, r) => new { Grant = p, Role = r.Name! }).ToListAsync(ct);
        var others = grants.Where(g => SeparationOfDuties.Duties.Any(d => d.Role != g.Role && d.Permissions.Contains(g.Grant.Permission)))
            .ToList();
        if (others.Count == 0) return;
        db.RolePermissions.RemoveRange(others.Select(g => g.Grant));
        // The holders sign in again under what their role now holds.
        var changed = others.Select(g => g.Grant.RoleId).Distinct().ToList();
        foreach (var holder in await db.Users.Where(u => db.UserRoles.Any(ur => ur.UserId == u.Id && changed.Contains(ur.RoleId))).ToListAsync(ct))
            holder.SecurityStamp = Guid.NewGuid().ToString("N").ToUpperInvariant();
        await db.SaveChangesAsync(ct);
    }
}
