using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SocialWorkStation.Platform.Identity;
using SocialWorkStation.Platform.Permissions;
using SocialWorkStation.Platform.Results;

namespace SocialWorkStation.Platform.Attachments;

/// <summary>Content is read once, as it arrives; the handler checks the owner before reading a byte of it.</summary>
public sealed record UploadAttachmentRequest(string OwnerType, Guid OwnerId, string? FileName, Stream Content);

internal sealed class UploadAttachmentHandler(
    IPlatformDb db, AttachmentOwners owners, IFileStore store, ICurrentUser user, TimeProvider clock,
    IOptions<AttachmentOptions> options, ILogger<UploadAttachmentHandler> log)
{
    public async Task<Result<AttachmentDto>> HandleAsync(UploadAttachmentRequest request, CancellationToken ct)
    {
        // The endpoint's policy checks this too; pages call the handler directly, so it checks again.
        if (!user.Has(PlatformPermissions.AttachmentsUpload)) return Error.Forbidden("您没有上传附件的权限。");
        var owner = owners.Find(request.OwnerType);
        if (owner is null || !await owner.CanReadAsync(request.OwnerId, ct)) return Error.NotFound();
        if (!await owner.CanWriteAsync(request.OwnerId, ct)) return Error.Forbidden("该记录当前不允许上传附件。");
        if (await owner.StationOfAsync(request.OwnerId, ct) is not { } stationId) return Error.NotFound();

        var received = await UploadBuffer.ReceiveAsync(request.Content, options.Value.MaxBytes, ct);
        if (received.IsFailure) return received.Error!;
        await using var upload = received.Value!;
        if (FileTypeDetector.Detect(upload.Content) is not { } kind) return Error.Invalid("file", FileTypeDetector.AllowedTypesMessage);

        var key = await store.SaveAsync(upload.Content, ct);
        var attachment = new Attachment
        {
            StationId = stationId, OwnerType = request.OwnerType, OwnerId = request.OwnerId,
            FileName = AttachmentFileName.Clean(request.FileName, kind), ContentType = kind.ContentType,
            SizeBytes = upload.Size, Sha256 = upload.Sha256, StorageKey = key,
            UploadedBy = user.Id, UploadedAt = clock.GetUtcNow().UtcDateTime,
        };
        db.Attachments.Add(attachment);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch
        {
            // No row, no file: a stored file without its row would be an orphan nobody can see or delete.
            await DeleteQuietlyAsync(key);
            throw;
        }
        return new AttachmentDto(attachment.Id, attachment.FileName, attachment.ContentType, attachment.SizeBytes,
            attachment.Sha256, attachment.UploadedAt, user.Id, user.DisplayName);
    }

    private async Task DeleteQuietlyAsync(string key)
    {
        try
        {
            await store.DeleteAsync(key, CancellationToken.None);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            log.LogWarning(e, "Could not remove attachment file {Key} after a failed save", key);
        }
    }
}
