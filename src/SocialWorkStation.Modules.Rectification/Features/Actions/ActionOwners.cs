using Microsoft.EntityFrameworkCore;
using SocialWorkStation.Modules.Rectification.Data;

namespace SocialWorkStation.Modules.Rectification.Features.Actions;

public sealed record StaffOption(Guid Id, string Name);

/// <summary>Who may be named owner of a corrective action: an active user of the finding's station whose roles grant
/// <see cref="RectificationPermissions.Act"/> (so county staff and evaluators never are). One rule for the picker and
/// for the check on save.</summary>
internal sealed class ActionOwners(RectificationDb db)
{
    public async Task<IReadOnlyList<StaffOption>> InStationAsync(Guid stationId, CancellationToken ct)
    {
        var rows = await Eligible(stationId).Select(u => new { u.Id, u.DisplayName, u.UserName }).Take(500).ToListAsync(ct);
        return rows.Select(r => new StaffOption(r.Id, r.DisplayName.Length > 0 ? r.DisplayName : r.UserName ?? ""))
            .OrderBy(s => s.Name, StringComparer.Ordinal).ToList();
    }

    public Task<bool> IsEligibleAsync(Guid userId, Guid stationId, CancellationToken ct) =>
        Eligible(stationId).AnyAsync(u => u.Id == userId, ct);

    private IQueryable<Platform.Identity.AppUser> Eligible(Guid stationId) =>
        db.Users.AsNoTracking().Where(u => u.IsActive
            && db.UserStations.Any(us => us.UserId == u.Id && us.StationId == stationId)
            && db.UserRoles.Any(ur => ur.UserId == u.Id
                && db.RolePermissions.Any(rp => rp.RoleId == ur.RoleId && rp.Permission == RectificationPermissions.Act)));
}
