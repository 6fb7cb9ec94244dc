using Microsoft.EntityFrameworkCore;
using SocialWorkStation.Platform.Attachments;
using SocialWorkStation.Platform.Identity;

namespace SocialWorkStation.Platform.Approvals;

/// <summary>Supporting documents of an approval request (quotes, receipts): seen by whoever may see the request,
/// changed only by its requester while it is still open.</summary>
internal sealed class ApprovalAttachmentOwner(IPlatformDb db, ICurrentUser user) : IAttachmentOwner
{
    public const string Type = "approval";

    public string OwnerType => Type;

    /// <summary>Exactly who may open the request itself (ApprovalEligibility.CanView). The station query filter has
    /// already removed other stations' requests.</summary>
    public async Task<bool> CanReadAsync(Guid ownerId, CancellationToken ct)
    {
        var request = await db.ApprovalRequests.AsNoTracking().Include(r => r.Steps).Include(r => r.History)
            .FirstOrDefaultAsync(r => r.Id == ownerId, ct);
        return request is not null && ApprovalEligibility.CanView(user, request);
    }

    public async Task<bool> CanWriteAsync(Guid ownerId, CancellationToken ct)
    {
        var me = user.Id;
        return await db.ApprovalRequests.AnyAsync(r => r.Id == ownerId && r.RequesterId == me
            && (r.Status == ApprovalStatus.Pending || r.Status == ApprovalStatus.Returned), ct);
    }

    public async Task<Guid?> StationOfAsync(Guid ownerId, CancellationToken ct) =>
        await db.ApprovalRequests.Where(r => r.Id == ownerId).Select(r => (Guid?)r.StationId).FirstOrDefaultAsync(ct);
}
