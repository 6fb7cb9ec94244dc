using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using SocialWorkStation.Modules.Administration.Features.Audit;
using SocialWorkStation.Platform;
using SocialWorkStation.Platform.Common;
using SocialWorkStation.Platform.Identity;
using SocialWorkStation.Platform.Permissions;
using SocialWorkStation.Platform.Results;
using SocialWorkStation.Platform.Stations;

namespace SocialWorkStation.Modules.Administration.Features.AccessLog;

public sealed record ListAccessLogQuery : PageQuery
{
    [MaxLength(200, ErrorMessage = "对象类型最长 200 个字符。")]
    public string? Entity { get; set; }

    [MaxLength(200, ErrorMessage = "对象编号最长 200 个字符。")]
    public string? EntityKey { get; set; }

    [MaxLength(64, ErrorMessage = "用户名最长 64 个字符。")]
    public string? UserName { get; set; }
}

public sealed record AccessLogRow(
    Guid Id, DateTime At, string AtLocal, Guid UserId, string UserName, Guid? StationId, string? StationName,
    string Entity, string EntityKey, string Purpose);

/// <summary>访问日志 (C7.3.2; PIPL: who read which sensitive record, e.g. revealed an ID number), newest first,
/// station-isolated like the audit trail.</summary>
internal sealed class ListAccessLogHandler(IPlatformDb db, ICurrentUser me, StationClock clock)
{
    public async Task<Result<Paged<AccessLogRow>>> HandleAsync(ListAccessLogQuery q, CancellationToken ct)
    {
        if (!me.Has(PlatformPermissions.AuditView)) return Error.Forbidden("您没有查看访问日志的权限。");
        var entries = LogScope.Visible(db, me, db.AccessLog.AsNoTracking());
        if (q.Entity?.Trim() is { Length: > 0 } entity) entries = entries.Where(a => a.Entity.Contains(entity));
        if (q.EntityKey?.Trim() is { Length: > 0 } key) entries = entries.Where(a => a.EntityKey == key);
        if (q.UserName?.Trim() is { Length: > 0 } user) entries = entries.Where(a => a.UserName.Contains(user));

        var total = await entries.CountAsync(ct);
        var rows = await entries.OrderByDescending(a => a.At).ThenByDescending(a => a.Id).Skip(q.Skip()).Take(q.Size()).ToListAsync(ct);
        var stationIds = rows.Where(r => r.StationId is not null).Select(r => r.StationId!.Value).Distinct().ToList();
        var stations = await db.Stations.Where(s => stationIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.Name, ct);
        return new Paged<AccessLogRow>(rows.Select(a => new AccessLogRow(
            a.Id, a.At, clock.Format(a.At), a.UserId, a.UserName, a.StationId,
            a.StationId is { } sid ? stations.GetValueOrDefault(sid) : null, a.Entity, a.EntityKey, a.Purpose)).ToList(),
            total, q.PageNumber(), q.Size());
    }
}
