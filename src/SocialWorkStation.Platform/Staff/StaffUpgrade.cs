using Microsoft.EntityFrameworkCore;
using SocialWorkStation.Platform.Modules;

namespace SocialWorkStation.Platform.Staff;

/// <summary>Start-up step (docs/adr/012): every login without a staff record gets one under the login's own id, so the
/// user ids that records already hold are staff ids. Idempotent: logins that have one are left alone.</summary>
internal sealed class StaffUpgrade(IPlatformDb db, TimeProvider clock) : IDataUpgrade
{
    public int Order => 0;

    public async Task RunAsync(CancellationToken ct)
    {
        var users = await db.Users.AsNoTracking().Where(u => !db.Staff.Any(s => s.UserId == u.Id)).ToListAsync(ct);
        if (users.Count == 0) return;
        var ids = users.Select(u => u.Id).ToList();
        var roles = await (from ur in db.UserRoles
                           join r in db.Roles on ur.RoleId equals r.Id
                           where ids.Contains(ur.UserId)
                           select new { ur.UserId, r.Name }).AsNoTracking().ToListAsync(ct);
        var stations = await db.UserStations.AsNoTracking().Where(us => ids.Contains(us.UserId)).ToListAsync(ct);
        // A record under the login's id that lost its link (edited by hand) is linked again, not duplicated (same key).
        var unlinked = await db.Staff.Where(s => ids.Contains(s.Id) && s.UserId == null).ToListAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var user in users)
        {
            if (unlinked.FirstOrDefault(s => s.Id == user.Id) is { } existing)
            {
                existing.UserId = user.Id;
                continue;
            }
            db.Staff.Add(StaffAccounts.ForAccount(user, roles.Where(r => r.UserId == user.Id).Select(r => r.Name ?? ""),
                stations.Where(s => s.UserId == user.Id).Select(s => s.StationId), now));
        }
        await db.SaveChangesAsync(ct);
    }
}
