using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using SocialWorkStation.Platform.Common;
using SocialWorkStation.Platform.Identity;
using SocialWorkStation.Platform.Permissions;
using SocialWorkStation.Platform.Results;

namespace SocialWorkStation.Platform.Archives;

/// <summary>Filters of the 待归档 list; all optional. Station narrows within the stations the user sees now.</summary>
public sealed record ArchiveHandOffQuery : PageQuery
{
    public Guid? StationId { get; set; }
    public ArchiveClass? Class { get; set; }

    [Range(1000, 9999, ErrorMessage = "年度须为四位年份。")]
    public int? Year { get; set; }

    public ArchiveHandOffStatus? Status { get; set; }
}

public sealed record ArchiveHandOffRow(
    Guid Id, Guid StationId, string StationName, string Title, ArchiveClass Class, string ClassCode, int Year, DateOnly RecordDate,
    RetentionPeriod Retention, string RetentionCode, ArchiveHandOffStatus Status, string? ArchiveNumber, DateTime DeclaredAt, int FileCount);

/// <summary>待归档 (C8.2.2): the record sets modules declared complete, for the archivist, newest first; filtered and
/// paged in the database. Titles carry no client names (the declaring module masks them), so the list discloses no one.</summary>
internal sealed class ListArchiveHandOffsHandler(IPlatformDb db, ICurrentUser user)
{
    public async Task<Result<Paged<ArchiveHandOffRow>>> HandleAsync(ArchiveHandOffQuery query, CancellationToken ct)
    {
        // Pages call the handler directly, so the endpoint's permission is checked here too.
        if (!user.Has(PlatformPermissions.ArchivesHandOffView)) return Error.Forbidden("您没有查看归档移交的权限。");
        if (query.Year is < 1000 or > 9999) return Error.Invalid("year", "年度须为四位年份。");
        var handOffs = db.ArchiveHandOffs.AsNoTracking();
        if (query.StationId is { } station) handOffs = handOffs.Where(h => h.StationId == station);
        if (query.Class is { } archiveClass) handOffs = handOffs.Where(h => h.Class == archiveClass);
        if (query.Year is { } year) handOffs = handOffs.Where(h => h.Year == year);
        if (query.Status is { } status) handOffs = handOffs.Where(h => h.Status == status);

        var total = await handOffs.CountAsync(ct);
        var rows = await handOffs.OrderByDescending(h => h.DeclaredAt).ThenByDescending(h => h.Id)
            .Skip(query.Skip()).Take(query.Size()).ToListAsync(ct);
        var stationIds = rows.Select(r => r.StationId).Distinct().ToList();
        var stations = await db.Stations.Where(s => stationIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.Name, ct);
        return new Paged<ArchiveHandOffRow>(rows.Select(h => new ArchiveHandOffRow(
            h.Id, h.StationId, stations.GetValueOrDefault(h.StationId, ""), h.Title, h.Class, h.Class.Code(), h.Year, h.RecordDate,
            h.Retention, h.Retention.Code(), h.Status, h.ArchiveNumber, h.DeclaredAt, h.AttachmentIds.Count + h.Documents.Count)).ToList(),
            total, query.PageNumber(), query.Size());
    }
}
