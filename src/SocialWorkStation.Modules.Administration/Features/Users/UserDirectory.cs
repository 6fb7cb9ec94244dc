using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using SocialWorkStation.Platform;
using SocialWorkStation.Platform.Common;
using SocialWorkStation.Platform.Identity;
using SocialWorkStation.Platform.Permissions;
using SocialWorkStation.Platform.Results;
using SocialWorkStation.Platform.Stations;

namespace SocialWorkStation.Modules.Administration.Features.Users;

public sealed record UserSummary(
    Guid Id, string UserName, string DisplayName, IReadOnlyList<string> Roles, IReadOnlyList<StationDto> Stations,
    bool IsActive, bool TwoFactorEnabled, bool IsLockedOut, DateTimeOffset? LockoutEnd, DateOnly? AccessExpiresOn,
    DateTime CreatedAt, string? ConcurrencyStamp);

/// <summary>What every user use case shares: finding a user of the administrator's own organisation
/// (anyone else's is "not found"), describing users, and checking role and station assignments.</summary>
internal sealed class UserDirectory(IPlatformDb db, ICurrentUser me, StationClock clock, LoginThrottle throttle)
{
    /// <summary>Tracked, so UserManager (same scope, same context) updates this instance.</summary>
    public Task<AppUser?> FindAsync(Guid id, CancellationToken ct) =>
        db.Users.FirstOrDefaultAsync(u => u.Id == id && u.OrganisationId == me.OrganisationId, ct);

    public async Task<Result<UserSummary>> GetAsync(Guid id, CancellationToken ct)
    {
        var user = await db.Users.AsNoTracking()
            .FirstOrDefaultAsync(u => u.Id == id && u.OrganisationId == me.OrganisationId, ct);
        if (user is null) return Error.NotFound("用户不存在。");
        return (await DescribeAsync([user], ct))[0];
    }

    public async Task<IReadOnlyList<UserSummary>> DescribeAsync(IReadOnlyList<AppUser> users, CancellationToken ct)
    {
        var ids = users.Select(u => u.Id).ToList();
        var roles = await (from ur in db.UserRoles
                           join r in db.Roles on ur.RoleId equals r.Id
                           where ids.Contains(ur.UserId)
                           select new { ur.UserId, r.Name }).ToListAsync(ct);
        var stations = await (from us in db.UserStations
                              join s in db.Stations on us.StationId equals s.Id
                              where ids.Contains(us.UserId)
                              orderby s.Code
                              select new { us.UserId, s.Id, s.Name, s.Code }).ToListAsync(ct);
        DateTimeOffset now = clock.UtcNow();
        return users.Select(u => new UserSummary(
            u.Id, u.UserName ?? "", u.DisplayName,
            roles.Where(r => r.UserId == u.Id).Select(r => r.Name ?? "").Order().ToList(),
            stations.Where(s => s.UserId == u.Id).Select(s => new StationDto(s.Id, s.Name, s.Code)).ToList(),
            u.IsActive, u.TwoFactorEnabled, u.LockoutEnd > now || throttle.IsThrottled(u.UserName ?? ""), u.LockoutEnd > now ? u.LockoutEnd : null,
            u.AccessExpiresOn, u.CreatedAt, u.ConcurrencyStamp)).ToList();
    }

    /// <summary>Roles must exist; stations must be active ones of this organisation; evaluators need an end date.</summary>
    public async Task<Error?> CheckAssignmentsAsync(IReadOnlyCollection<string> roles, IReadOnlyCollection<Guid> stationIds,
        DateOnly? expiresOn, CancellationToken ct)
    {
        var known = await db.Roles.Where(r => roles.Contains(r.Name!)).Select(r => r.Name!).ToListAsync(ct);
        var unknown = roles.Except(known).ToList();
        if (unknown.Count > 0) return Error.Invalid("roles", $"角色不存在：{string.Join("、", unknown)}。");
        var permissions = await db.RolePermissions.Where(p => db.Roles.Any(r => r.Id == p.RoleId && roles.Contains(r.Name!)))
            .Select(p => p.Permission).ToListAsync(ct);
        if (SeparationOfDuties.Conflict(permissions) is { } conflict) return Error.Invalid("roles", conflict);

        var valid = await db.Stations.CountAsync(
            s => stationIds.Contains(s.Id) && s.OrganisationId == me.OrganisationId && s.IsActive, ct);
        if (valid != stationIds.Distinct().Count())
            return Error.Invalid("stationIds", "所选社工站不存在、已停用或不属于本机构。");
        // County staff see every station of the centre without being assigned to one.
        if (stationIds.Count == 0 && !roles.Contains(Roles.County))
            return Error.Invalid("stationIds", "请至少选择一个社工站。");

        if (roles.Contains(Roles.Evaluator) && expiresOn is null)
            return Error.Invalid("accessExpiresOn", "外部评估员必须设置访问截止日期。");
        if (expiresOn is { } end && end < clock.Today())
            return Error.Invalid("accessExpiresOn", "访问截止日期不能早于今天。");
        return null;
    }

    /// <summary>Replaces the user's stations (the composite key makes an update a delete plus an insert).</summary>
    public async Task ReplaceStationsAsync(Guid userId, IReadOnlyCollection<Guid> stationIds, CancellationToken ct)
    {
        var current = await db.UserStations.Where(us => us.UserId == userId).ToListAsync(ct);
        db.UserStations.RemoveRange(current.Where(us => !stationIds.Contains(us.StationId)));
        db.UserStations.AddRange(stationIds.Distinct().Where(id => current.All(us => us.StationId != id))
            .Select(id => new Platform.Stations.UserStation { UserId = userId, StationId = id }));
        await db.SaveChangesAsync(ct);
    }

    public static Error FromIdentity(IdentityResult result, string field) =>
        Error.Invalid(field, string.Join(" ", result.Errors.Select(e => e.Description).Distinct()));
}
