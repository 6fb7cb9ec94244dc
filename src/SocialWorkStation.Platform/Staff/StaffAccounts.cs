using Microsoft.EntityFrameworkCore;
using SocialWorkStation.Platform.Identity;

namespace SocialWorkStation.Platform.Staff;

/// <summary>Keeps a login's staff record in step with the account until the personnel chapter owns staff files
/// (docs/adr/012): made with the account under the same id, renamed, (de)activated and assigned to stations with it.
/// The caller saves, in the transaction that changes the account.</summary>
public sealed class StaffAccounts(IPlatformDb db, TimeProvider clock)
{
    public static StaffRecord ForAccount(AppUser user, IEnumerable<string> roles, IEnumerable<Guid> stationIds, DateTime now)
    {
        var staff = new StaffRecord
        {
            Id = user.Id, UserId = user.Id, OrganisationId = user.OrganisationId, Name = StaffRules.NameOf(user),
            IsActive = user.IsActive, CreatedAt = now,
        };
        staff.Stations.AddRange(StaffRules.ServedStations(roles, stationIds).Select(s => new StaffStation { StaffId = staff.Id, StationId = s }));
        return staff;
    }

    public async Task SyncAsync(AppUser user, IEnumerable<string> roles, IEnumerable<Guid> stationIds, CancellationToken ct)
    {
        var staff = await db.Staff.Include(s => s.Stations).FirstOrDefaultAsync(s => s.UserId == user.Id, ct);
        if (staff is null)
        {
            db.Staff.Add(ForAccount(user, roles, stationIds, clock.GetUtcNow().UtcDateTime));
            return;
        }
        staff.Name = StaffRules.NameOf(user);
        staff.IsActive = user.IsActive;
        var served = StaffRules.ServedStations(roles, stationIds);
        staff.Stations.RemoveAll(s => !served.Contains(s.StationId));
        staff.Stations.AddRange(served.Where(id => staff.Stations.All(s => s.StationId != id))
            .Select(id => new StaffStation { StaffId = staff.Id, StationId = id }));
    }

    /// <summary>A disabled account's person is no longer offered for new records (as the account was not before).</summary>
    public async Task SetActiveAsync(AppUser user, CancellationToken ct)
    {
        var staff = await db.Staff.FirstOrDefaultAsync(s => s.UserId == user.Id, ct);
        if (staff is not null) staff.IsActive = user.IsActive;
    }
}
