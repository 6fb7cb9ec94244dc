using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using SocialWorkStation.Platform.Identity;
using SocialWorkStation.Platform.Permissions;
using SocialWorkStation.Platform.Results;

namespace SocialWorkStation.Platform.Attachments;

public sealed record DeleteAttachmentRequest(Guid Id);

internal sealed class DeleteAttachmentHandler(
    IPlatformDb db, AttachmentOwners owners, IFileStore store, ICurrentUser user, ILogger<DeleteAttachmentHandler> log)
{
    public async Task<Result> HandleAsync(DeleteAttachmentRequest request, CancellationToken ct)
    {
        if (!user.Has(PlatformPermissions.AttachmentsUpload)) return Error.Forbidden("您没有管理附件的权限。");
        var attachment = await db.Attachments.FirstOrDefaultAsync(a => a.Id == request.Id, ct);
        if (attachment is null || owners.Find(attachment.OwnerType) is not { } owner
            || !await owner.CanReadAsync(attachment.OwnerId, ct)) return Error.NotFound();
        // Only someone who may change the record now may remove its files. Uploading needs that same right,
        // so an uploader keeps it exactly as long as the record is open; once it is decided (an approved
        // request) nobody removes the files it was decided on, not even the uploader (C7.3.2).
        if (!await owner.CanWriteAsync(attachment.OwnerId, ct)) return Error.Forbidden("该记录当前不允许删除附件。");

        db.Attachments.Remove(attachment);
        await db.SaveChangesAsync(ct);
        // The row is gone for good (committed) before the bytes go; a failure here leaves an unreachable file, not a broken row.
        try
        {
            await store.DeleteAsync(attachment.StorageKey, CancellationToken.None);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            log.LogWarning(e, "Attachment {Id} deleted but its file {Key} could not be removed", attachment.Id, attachment.StorageKey);
        }
        return Result.Success();
    }
}
