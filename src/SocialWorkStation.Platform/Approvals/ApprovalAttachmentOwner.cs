using Microsoft.EntityFrameworkCore;
using SocialWorkStation.Platform.Attachments;
using SocialWorkStation.Platform.Identity;
using SocialWorkStation.Platform.Permissions;

namespace SocialWorkStation.Platform.Approvals;

/// <summary>Supporting documents of an approval request (quotes, receipts): seen by whoever may see the request,
/// changed only by its requester while it is still open.</summary>
internal sealed class ApprovalAttachmentOwner(IPlatformDb db, ICurrentUser user) : IAttachmentOwner
{
    public const string Type = "approval";

    public string OwnerType => Type;

    /// <summary>The requester, holders of approvals.view-all, anyone eligible to decide one of its steps, and
    /// anyone who already acted on it. The station query filter has already removed other stations' requests.</summary>
    public async Task<bool> CanReadAsync(Guid ownerId, CancellationToken ct)
    {
        var me = user.Id;
        var request = await db.ApprovalRequests.AsNoTracking().Where(r => r.Id == ownerId)
            .Select(r => new { r.RequesterId, r.Steps, Acted = r.History.Any(a => a.UserId == me) })
            .FirstOrDefaultAsync(ct);
        if (request is null) return false;
        return request.RequesterId == me || request.Acted || user.Has(PlatformPermissions.ApprovalsViewAll)
               || request.Steps.Any(s => ApprovalEligibility.CanAct(user, s));
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
