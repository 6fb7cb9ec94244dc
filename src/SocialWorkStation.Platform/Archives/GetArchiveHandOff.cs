using Microsoft.EntityFrameworkCore;
using SocialWorkStation.Platform.Identity;
using SocialWorkStation.Platform.Permissions;
using SocialWorkStation.Platform.Results;

namespace SocialWorkStation.Platform.Archives;

/// <summary>A declared attachment as stored now; <paramref name="Missing"/> when its row is gone (deleted before the
/// record set was frozen), which the archivist must see rather than a silently shorter list.</summary>
public sealed record ArchiveHandOffAttachment(Guid Id, string Name, string Type, long Size, string? Sha256, DateTime? UploadedAt, bool Missing);

/// <summary>A document the source module renders; <paramref name="Number"/> (from 1) addresses it in
/// <c>/api/v1/archive-handoffs/{id}/documents/{number}</c>.</summary>
public sealed record ArchiveHandOffDocument(int Number, string Name, string ContentType);

public sealed record ArchiveHandOffDetail(
    Guid Id, Guid StationId, string StationName, string Module, string RecordType, Guid RecordId,
    ArchiveClass Class, string ClassCode, int Year, string Title, DateOnly RecordDate, RetentionPeriod Retention, string RetentionCode,
    ArchiveHandOffStatus Status, string? ReturnReason, string? ArchiveNumber,
    DateTime DeclaredAt, string DeclaredBy, DateTime? DecidedAt, string? DecidedBy,
    IReadOnlyList<ArchiveHandOffAttachment> Attachments, IReadOnlyList<ArchiveHandOffDocument> Documents, long Version);

/// <summary>One hand-off with its files: the stored attachments (downloaded through the hand-off, which is what
/// authorises the archivist to read them) and the documents the source module renders.</summary>
internal sealed class GetArchiveHandOffHandler(IPlatformDb db, ICurrentUser user)
{
    public async Task<Result<ArchiveHandOffDetail>> HandleAsync(Guid id, CancellationToken ct)
    {
        if (!user.Has(PlatformPermissions.ArchivesHandOffView)) return Error.Forbidden("您没有查看归档移交的权限。");
        // Another station's hand-off is not found (the station query filter), like any other record.
        var h = await db.ArchiveHandOffs.AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, ct);
        if (h is null) return Error.NotFound();

        var ids = h.AttachmentIds;
        var stored = await db.Attachments.AsNoTracking().Where(a => ids.Contains(a.Id) && a.StationId == h.StationId)
            .ToDictionaryAsync(a => a.Id, ct);
        var people = new[] { h.DeclaredById, h.DecidedById ?? Guid.Empty };
        var names = await db.Users.Where(u => people.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, ct);
        var station = await db.Stations.Where(s => s.Id == h.StationId).Select(s => s.Name).FirstOrDefaultAsync(ct) ?? "";

        var attachments = ids.Select(a => stored.TryGetValue(a, out var f)
            ? new ArchiveHandOffAttachment(f.Id, f.FileName, f.ContentType, f.SizeBytes, f.Sha256, f.UploadedAt, false)
            : new ArchiveHandOffAttachment(a, "（附件已删除）", "", 0, null, null, true)).ToList();
        var documents = h.Documents.Select((d, i) => new ArchiveHandOffDocument(i + 1, d.Name, d.ContentType)).ToList();
        return new ArchiveHandOffDetail(h.Id, h.StationId, station, h.Module, h.RecordType, h.RecordId,
            h.Class, h.Class.Code(), h.Year, h.Title, h.RecordDate, h.Retention, h.Retention.Code(),
            h.Status, h.ReturnReason, h.ArchiveNumber,
            h.DeclaredAt, names.GetValueOrDefault(h.DeclaredById, ""), h.DecidedAt,
            h.DecidedById is { } decider ? names.GetValueOrDefault(decider, "") : null,
            attachments, documents, h.Version);
    }
}
