using Microsoft.EntityFrameworkCore;
using SocialWorkStation.Platform.Permissions;
using SocialWorkStation.Platform.Stations;

namespace SocialWorkStation.Platform.Identity;

public sealed record UserAccess(
    Guid UserId, string UserName, string DisplayName, Guid OrganisationId,
    IReadOnlyList<string> Roles, IReadOnlySet<string> Permissions, IReadOnlyList<StationRef> Stations, bool CountyWide,
    bool RequiresTwoFactorSetup, Guid? HomeStationId);

/// <summary>Reads a user's roles, permissions and stations fresh from the database, so an administrator's
/// change (disable, roles, permission mapping) applies on the user's next request.</summary>
internal sealed class UserAccessLoader(IPlatformDb db, TimeProvider clock)
{
    public async Task<UserAccess?> LoadAsync(Guid userId, CancellationToken ct)
    {
        var user = await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.Id == userId, ct);
        if (user is null || !IsUsable(user, clock)) return null;

        var roles = await (from ur in db.UserRoles
                           join r in db.Roles on ur.RoleId equals r.Id
                           where ur.UserId == userId
                           select new { r.Id, r.Name }).AsNoTracking().ToListAsync(ct);
        var roleIds = roles.Select(r => r.Id).ToList();
        var permissions = await db.RolePermissions.Where(p => roleIds.Contains(p.RoleId))
            .Select(p => p.Permission).Distinct().ToListAsync(ct);
        var countyWide = permissions.Contains(PlatformPermissions.CountyOversight);

        // A county-wide user sees their own organisation's stations and, for a city bureau, those of the county
        // centres whose parent it is (one level: city → counties → stations).
        var org = user.OrganisationId;
        var stations = countyWide
            ? db.Stations.Where(s => s.IsActive && (s.OrganisationId == org
                                                    || db.Organisations.Any(o => o.Id == s.OrganisationId && o.ParentId == org)))
            : db.Stations.Where(s => s.IsActive && db.UserStations.Any(us => us.UserId == userId && us.StationId == s.Id));
        var home = await db.UserStations.Where(us => us.UserId == userId)
            .Join(db.Stations.Where(s => s.IsActive), us => us.StationId, s => s.Id, (us, s) => s)
            .OrderBy(s => s.Code).Select(s => (Guid?)s.Id).FirstOrDefaultAsync(ct);
        var stationRefs = await stations.OrderBy(s => s.Code)
            .Select(s => new StationRef(s.Id, s.Name, s.Code)).ToListAsync(ct);

        return new UserAccess(user.Id, user.UserName ?? "", user.DisplayName, user.OrganisationId,
            roles.Select(r => r.Name ?? "").ToList(), permissions.ToHashSet(), stationRefs, countyWide,
            RequiresTwoFactorSetup: roles.Any(r => r.Name == Roles.Admin) && !user.TwoFactorEnabled, home);
    }

    /// <summary>Disabled accounts and evaluators past their expiry date may not act.</summary>
    public static bool IsUsable(AppUser user, TimeProvider clock) =>
        user.IsActive && (user.AccessExpiresOn is null ||
                          user.AccessExpiresOn >= DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));
}
