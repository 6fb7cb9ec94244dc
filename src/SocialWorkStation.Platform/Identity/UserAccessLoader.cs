using Microsoft.EntityFrameworkCore;
using SocialWorkStation.Platform.Permissions;
using SocialWorkStation.Platform.Stations;

namespace SocialWorkStation.Platform.Identity;

public sealed record UserAccess(
    Guid UserId, string UserName, string DisplayName, Guid OrganisationId,
    IReadOnlyList<string> Roles, IReadOnlySet<string> Permissions, IReadOnlyList<StationRef> Stations, bool CountyWide,
    bool RequiresTwoFactorSetup, Guid? HomeStationId, Guid StaffId, string? SecurityStamp = null, bool MustChangePassword = false);

/// <summary>Reads a user's roles, permissions and stations fresh from the database, so an administrator's
/// change (disable, roles, permission mapping) applies on the user's next request.</summary>
internal sealed class UserAccessLoader(IPlatformDb db, TimeProvider clock, PermissionCatalog catalog)
{
    public async Task<UserAccess?> LoadAsync(Guid userId, CancellationToken ct)
    {
        var found = await db.Users.AsNoTracking().Where(u => u.Id == userId)
            .Select(u => new { User = u, StaffId = db.Staff.Where(s => s.UserId == u.Id).Select(s => (Guid?)s.Id).FirstOrDefault() })
            .FirstOrDefaultAsync(ct);
        var user = found?.User;
        if (user is null || !IsUsable(user, clock)) return null;

        // Three small queries per request (every request binds its user): roles with their permissions in one, the
        // user's own stations in another; a county-wide user's stations are a fourth.
        var grants = await (from ur in db.UserRoles
                            join r in db.Roles on ur.RoleId equals r.Id
                            where ur.UserId == userId
                            from p in db.RolePermissions.Where(p => p.RoleId == r.Id).DefaultIfEmpty()
                            select new { r.Name, Permission = (string?)p!.Permission }).AsNoTracking().ToListAsync(ct);
        var roles = grants.Select(g => g.Name ?? "").Distinct().ToList();
        var permissions = grants.Where(g => g.Permission is not null).Select(g => g.Permission!).ToHashSet();
        var countyWide = permissions.Contains(PlatformPermissions.CountyOversight);

        var own = await db.Stations.Where(s => s.IsActive && db.UserStations.Any(us => us.UserId == userId && us.StationId == s.Id))
            .OrderBy(s => s.Code).Select(s => new StationRef(s.Id, s.Name, s.Code)).ToListAsync(ct);
        // A county-wide user sees their own organisation's stations and, for a city bureau, those of the county
        // centres whose parent it is (one level: city → counties → stations).
        var org = user.OrganisationId;
        var stationRefs = countyWide
            ? await db.Stations.Where(s => s.IsActive && (s.OrganisationId == org
                                                          || db.Organisations.Any(o => o.Id == s.OrganisationId && o.ParentId == org)))
                .OrderBy(s => s.Code).Select(s => new StationRef(s.Id, s.Name, s.Code)).ToListAsync(ct)
            : own;

        return new UserAccess(user.Id, user.UserName ?? "", user.DisplayName, user.OrganisationId,
            roles, permissions, stationRefs, countyWide,
            RequiresTwoFactorSetup: !user.TwoFactorEnabled && (roles.Contains(Roles.Admin) || permissions.Any(catalog.RequiresTwoFactor)),
            own.FirstOrDefault()?.Id, found!.StaffId ?? user.Id, user.SecurityStamp, user.MustChangePassword);
    }

    /// <summary>Disabled accounts and evaluators past their expiry date may not act.</summary>
    public static bool IsUsable(AppUser user, TimeProvider clock) =>
        user.IsActive && (user.AccessExpiresOn is null ||
                          user.AccessExpiresOn >= DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));
}
