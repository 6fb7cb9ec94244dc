using Microsoft.EntityFrameworkCore;
using SocialWorkStation.Platform.Identity;

namespace SocialWorkStation.Platform.Staff;

internal sealed class StaffDirectory(IPlatformDb db, ICurrentUser user) : IStaffDirectory
{
    private const int StationLimit = 500;

    public IQueryable<StaffName> Names => db.Staff.AsNoTracking().Select(s => new StaffName { Id = s.Id, Name = s.Name });

    public async Task<StaffNames> NamesAsync(IEnumerable<Guid> staffIds, CancellationToken ct = default)
    {
        var ids = staffIds.Where(id => id != Guid.Empty).Distinct().ToList();
        if (ids.Count == 0) return StaffNames.None;
        var names = await db.Staff.AsNoTracking().Where(s => ids.Contains(s.Id)).Select(s => new { s.Id, s.Name })
            .ToDictionaryAsync(s => s.Id, s => s.Name, ct);
        return new StaffNames(names);
    }

    public async Task<IReadOnlyList<StaffRef>?> OfStationAsync(Guid stationId, bool includeInactive = false, CancellationToken ct = default)
    {
        if (!user.IsSystem && !user.VisibleStationIds.Contains(stationId)) return null;
        var staff = db.Staff.AsNoTracking().Where(s => s.Stations.Any(x => x.StationId == stationId));
        if (!includeInactive) staff = staff.Where(s => s.IsActive);
        // Ordered here, not in SQL: the providers' collations sort Chinese names differently.
        return (await DescribeAsync(staff.Take(StationLimit), ct)).OrderBy(s => s.Name, StringComparer.Ordinal).ThenBy(s => s.Id).ToList();
    }

    public async Task<StaffRef?> FindAsync(Guid staffId, CancellationToken ct = default)
    {
        var staff = db.Staff.AsNoTracking().Where(s => s.Id == staffId);
        if (!user.IsSystem && staffId != user.StaffId)
        {
            var visible = user.VisibleStationIds;
            staff = staff.Where(s => s.Stations.Any(x => visible.Contains(x.StationId)));
        }
        return (await DescribeAsync(staff, ct)).FirstOrDefault();
    }

    public Task<StaffRef?> CurrentAsync(CancellationToken ct = default) =>
        user.IsAuthenticated ? FindAsync(user.StaffId, ct) : Task.FromResult<StaffRef?>(null);

    private async Task<IReadOnlyList<StaffRef>> DescribeAsync(IQueryable<StaffRecord> staff, CancellationToken ct)
    {
        var rows = await staff.Select(s => new { s.Id, s.Name, s.IsActive, s.UserId, Stations = s.Stations.Select(x => x.StationId).ToList() })
            .ToListAsync(ct);
        var userIds = rows.Where(r => r.UserId is not null).Select(r => r.UserId!.Value).ToList();
        var roles = userIds.Count == 0 ? [] : await (from ur in db.UserRoles
                                                       join r in db.Roles on ur.RoleId equals r.Id
                                                       where userIds.Contains(ur.UserId)
                                                       select new { ur.UserId, r.Name }).AsNoTracking().ToListAsync(ct);
        return rows.Select(r => new StaffRef(r.Id, r.Name, r.IsActive, r.UserId, r.Stations,
            roles.Where(x => x.UserId == r.UserId).Select(x => x.Name ?? "").Order(StringComparer.Ordinal).ToList())).ToList();
    }
}
