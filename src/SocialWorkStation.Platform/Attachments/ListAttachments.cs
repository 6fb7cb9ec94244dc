using Microsoft.EntityFrameworkCore;
using SocialWorkStation.Platform.Results;

namespace SocialWorkStation.Platform.Attachments;

public sealed record ListAttachmentsRequest(string OwnerType, Guid OwnerId);

internal sealed class ListAttachmentsHandler(IPlatformDb db, AttachmentOwners owners)
{
    /// <summary>The files of one record, oldest first. A record carries a handful of files, so there is no paging.</summary>
    public async Task<Result<IReadOnlyList<AttachmentDto>>> HandleAsync(ListAttachmentsRequest request, CancellationToken ct)
    {
        var owner = owners.Find(request.OwnerType);
        if (owner is null || !await owner.CanReadAsync(request.OwnerId, ct)) return Error.NotFound();
        var items = await db.Attachments.AsNoTracking()
            .Where(a => a.OwnerType == request.OwnerType && a.OwnerId == request.OwnerId)
            .OrderBy(a => a.UploadedAt).ThenBy(a => a.Id)
            .Select(a => new AttachmentDto(a.Id, a.FileName, a.ContentType, a.SizeBytes, a.Sha256, a.UploadedAt, a.UploadedBy,
                db.Users.Where(u => u.Id == a.UploadedBy).Select(u => u.DisplayName).FirstOrDefault() ?? ""))
            .ToListAsync(ct);
        return Result.Success<IReadOnlyList<AttachmentDto>>(items);
    }
}
