using Microsoft.EntityFrameworkCore;
using SocialWorkStation.Platform.Attachments;
using SocialWorkStation.Platform.Audit;
using SocialWorkStation.Platform.Identity;
using SocialWorkStation.Platform.Permissions;
using SocialWorkStation.Platform.Results;

namespace SocialWorkStation.Platform.Archives;

/// <summary>The files of a hand-off for its archivist (C8.2.3: checking that a record set is complete before filing it).
/// The hand-off authorises the read — an archivist is not assigned to the cases they file, so the attachment's own
/// owner rule would refuse them — but only for what was handed over: a file the hand-off does not list is not found.
/// Every read is access-logged.</summary>
internal sealed class ArchiveHandOffFilesHandler(
    IPlatformDb db, IEnumerable<IArchiveRenderer> renderers, DownloadAttachmentHandler downloads, ICurrentUser user, IAccessLog accessLog)
{
    public async Task<Result<RenderedArchiveDocument>> DocumentAsync(Guid id, int number, CancellationToken ct)
    {
        if (!user.Has(PlatformPermissions.ArchivesHandOffView)) return Error.Forbidden("您没有查看归档移交的权限。");
        var handOff = await db.ArchiveHandOffs.AsNoTracking().FirstOrDefaultAsync(h => h.Id == id, ct);
        if (handOff is null || number < 1 || number > handOff.Documents.Count) return Error.NotFound();
        var renderer = renderers.FirstOrDefault(r => string.Equals(r.RecordType, handOff.RecordType, StringComparison.Ordinal));
        if (renderer is null) return Error.NotFound("该类记录没有可生成的归档文件。");
        var rendered = await renderer.RenderAsync(handOff.RecordId, handOff.Documents[number - 1].Key, ct);
        if (rendered.IsSuccess) await accessLog.RecordAsync(nameof(ArchiveHandOff), handOff.Id, $"查看归档文件：{handOff.Documents[number - 1].Name}", handOff.StationId, ct);
        return rendered;
    }

    public async Task<Result<AttachmentContent>> AttachmentAsync(Guid id, Guid attachmentId, CancellationToken ct)
    {
        if (!user.Has(PlatformPermissions.ArchivesHandOffView)) return Error.Forbidden("您没有查看归档移交的权限。");
        var handOff = await db.ArchiveHandOffs.AsNoTracking().FirstOrDefaultAsync(h => h.Id == id, ct);
        if (handOff is null || !handOff.AttachmentIds.Contains(attachmentId)) return Error.NotFound();
        var attachment = await db.Attachments.AsNoTracking()
            .FirstOrDefaultAsync(a => a.Id == attachmentId && a.StationId == handOff.StationId, ct);
        if (attachment is null) return Error.NotFound("附件已删除。");
        return await downloads.OpenVerifiedAsync(attachment, "归档查看附件", ct);
    }
}
