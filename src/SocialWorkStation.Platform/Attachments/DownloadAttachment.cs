using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using SocialWorkStation.Platform.Audit;
using SocialWorkStation.Platform.Results;

namespace SocialWorkStation.Platform.Attachments;

public sealed record DownloadAttachmentRequest(Guid Id);

internal sealed class DownloadAttachmentHandler(
    IPlatformDb db, AttachmentOwners owners, IFileStore store, IAccessLog accessLog, ILogger<DownloadAttachmentHandler> log)
{
    public async Task<Result<AttachmentContent>> HandleAsync(DownloadAttachmentRequest request, CancellationToken ct)
    {
        // Another station's file, or a file of a record the user may not see, is "not found" (C1.3.4).
        var attachment = await db.Attachments.AsNoTracking().FirstOrDefaultAsync(a => a.Id == request.Id, ct);
        if (attachment is null || owners.Find(attachment.OwnerType) is not { } owner
            || !await owner.CanReadAsync(attachment.OwnerId, ct)) return Error.NotFound();
        return await OpenVerifiedAsync(attachment, "下载附件", ct);
    }

    /// <summary>Opens a file the caller has already authorised (the owner's rule above, or an archive hand-off that lists
    /// it), checks its hash and access-logs the read.</summary>
    internal async Task<Result<AttachmentContent>> OpenVerifiedAsync(Attachment attachment, string purpose, CancellationToken ct)
    {
        var content = await store.OpenReadAsync(attachment.StorageKey, ct);
        if (content is null)
        {
            log.LogError("Attachment {Id} has no stored file under {Key}", attachment.Id, attachment.StorageKey);
            return Error.NotFound("附件文件已丢失，请联系信息管理员。");
        }
        // Serve only what was uploaded: the hash taken on receipt must still match (C7.3.2).
        var actual = Convert.ToHexStringLower(await SHA256.HashDataAsync(content, ct));
        if (actual != attachment.Sha256)
        {
            await content.DisposeAsync();
            log.LogError("Attachment {Id} failed its SHA-256 check ({Actual} instead of {Expected})", attachment.Id, actual, attachment.Sha256);
            return Error.Conflict("附件文件校验失败（SHA-256 不一致），可能已被篡改，请联系信息管理员。");
        }
        if (content.CanSeek) content.Position = 0;
        else
        {
            await content.DisposeAsync();
            content = await store.OpenReadAsync(attachment.StorageKey, ct) ?? throw new FileNotFoundException(attachment.StorageKey);
        }
        await accessLog.RecordAsync(nameof(Attachment), attachment.Id, purpose, attachment.StationId, ct);
        return new AttachmentContent(content, attachment.FileName, attachment.ContentType, attachment.SizeBytes);
    }
}
