using SocialWorkStation.Platform;
using SocialWorkStation.Platform.Audit;
using SocialWorkStation.Platform.Identity;
using SocialWorkStation.Platform.Permissions;

namespace SocialWorkStation.Modules.Administration.Features.Audit;

/// <summary>Which log rows a viewer may read (item 2 of issue 10): rows of the stations the viewer currently sees
/// (<see cref="ICurrentUser.VisibleStationIds"/>, so a station's information officer reads only that station); rows
/// without a station — the platform's own (users, roles, stations, setup) — only for county-wide viewers, and of
/// those only the ones by users of the viewer's organisation or by the installation itself.</summary>
internal static class LogScope
{
    public static IQueryable<AuditEntry> Visible(IPlatformDb db, ICurrentUser me, IQueryable<AuditEntry> rows)
    {
        var (visible, wide, org) = (me.VisibleStationIds, me.Has(PlatformPermissions.CountyOversight), me.OrganisationId);
        return rows.Where(a => a.StationId != null
            ? visible.Contains(a.StationId.Value)
            : wide && (a.UserId == null || db.Users.Any(u => u.Id == a.UserId && u.OrganisationId == org)));
    }

    public static IQueryable<AccessLogEntry> Visible(IPlatformDb db, ICurrentUser me, IQueryable<AccessLogEntry> rows)
    {
        var (visible, wide, org) = (me.VisibleStationIds, me.Has(PlatformPermissions.CountyOversight), me.OrganisationId);
        return rows.Where(a => a.StationId != null
            ? visible.Contains(a.StationId.Value)
            : wide && db.Users.Any(u => u.Id == a.UserId && u.OrganisationId == org));
    }
}
