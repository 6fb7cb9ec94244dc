using Microsoft.EntityFrameworkCore;
using SocialWorkStation.Platform;
using SocialWorkStation.Platform.Identity;

namespace SocialWorkStation.Modules.Cases.Features;

public sealed record StaffMember(Guid Id, string DisplayName, IReadOnlyList<string> Roles);

/// <summary>The current station's active users and their roles, for the worker and supervisor pickers of intake,
/// and the rule behind them: who may be named worker (社工/站长) or supervisor (督导/站长) of a case.</summary>
internal sealed class ListStationStaffHandler(IPlatformDb db, ICurrentUser user)
{
    public static readonly string[] WorkerRoles = [Roles.SocialWorker, Roles.Director];
    public static readonly string[] SupervisorRoles = [Roles.Supervisor, Roles.Director];

    public async Task<IReadOnlyList<StaffMember>> HandleAsync(CancellationToken ct)
    {
        if (user.StationId is not { } stationId) return [];
        var rows = await (from us in db.UserStations
                          where us.StationId == stationId
                          join u in db.Users on us.UserId equals u.Id
                          where u.IsActive
                          join ur in db.UserRoles on u.Id equals ur.UserId
                          join r in db.Roles on ur.RoleId equals r.Id
                          select new { u.Id, u.DisplayName, u.UserName, Role = r.Name })
            .AsNoTracking().Take(2000).ToListAsync(ct);
        return rows.GroupBy(r => r.Id)
            .Select(g => new StaffMember(g.Key, g.First().DisplayName.Length > 0 ? g.First().DisplayName : g.First().UserName ?? "",
                g.Select(x => x.Role ?? "").Distinct().Order().ToList()))
            .OrderBy(s => s.DisplayName, StringComparer.Ordinal).ToList();
    }

    /// <summary>The person's display name when they work in the station with one of the roles; null otherwise.</summary>
    public async Task<string?> NameInStationAsync(Guid userId, Guid stationId, string[] roles, CancellationToken ct)
    {
        var found = await (from us in db.UserStations
                           where us.StationId == stationId && us.UserId == userId
                           join u in db.Users on us.UserId equals u.Id
                           where u.IsActive
                           join ur in db.UserRoles on u.Id equals ur.UserId
                           join r in db.Roles on ur.RoleId equals r.Id
                           where roles.Contains(r.Name!)
                           select new { u.DisplayName, u.UserName }).AsNoTracking().FirstOrDefaultAsync(ct);
        return found is null ? null : found.DisplayName.Length > 0 ? found.DisplayName : found.UserName ?? "";
    }
}
