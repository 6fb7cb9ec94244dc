using Microsoft.EntityFrameworkCore;
using SocialWorkStation.Platform;
using SocialWorkStation.Platform.Identity;
using SocialWorkStation.Platform.Permissions;
using SocialWorkStation.Platform.Results;

namespace SocialWorkStation.Modules.Administration.Features.RolePermissions;

public sealed record RoleSummary(
    Guid Id, string Name, string? Description, IReadOnlyList<string> Permissions, int UserCount, string? ConcurrencyStamp);

public sealed record PermissionInfo(string Code, string Name, string Group, bool ReadOnly);

/// <summary>Roles with their permissions, and the catalogue of every permission the modules declare.</summary>
internal sealed class ListRolesHandler(IPlatformDb db, PermissionCatalog catalog)
{
    public IReadOnlyList<PermissionInfo> Catalogue() =>
        catalog.All.Select(p => new PermissionInfo(p.Code, p.Name, p.Group, p.ReadOnly)).ToList();

    public async Task<IReadOnlyList<RoleSummary>> HandleAsync(CancellationToken ct)
    {
        var roles = await db.Roles.AsNoTracking().ToListAsync(ct);
        var grants = await db.RolePermissions.AsNoTracking().ToListAsync(ct);
        var counts = await db.UserRoles.GroupBy(ur => ur.RoleId)
            .Select(g => new { RoleId = g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.RoleId, x => x.Count, ct);
        // Built-in roles in their usual order, then any others by name.
        var builtIn = Roles.All.ToList();
        return roles.OrderBy(r => builtIn.IndexOf(r.Name ?? "") is var i and >= 0 ? i : int.MaxValue).ThenBy(r => r.Name)
            .Select(r => new RoleSummary(r.Id, r.Name ?? "", r.Description,
                grants.Where(g => g.RoleId == r.Id).Select(g => g.Permission).Order().ToList(),
                counts.GetValueOrDefault(r.Id), r.ConcurrencyStamp))
            .ToList();
    }

    public async Task<Result<RoleSummary>> GetAsync(Guid id, CancellationToken ct) =>
        (await HandleAsync(ct)).FirstOrDefault(r => r.Id == id) is { } role ? role : Error.NotFound("角色不存在。");
}
