using Microsoft.EntityFrameworkCore;
using SocialWorkStation.Modules.Rectification.Data;
using SocialWorkStation.Platform.Attachments;
using SocialWorkStation.Platform.Identity;

namespace SocialWorkStation.Modules.Rectification.Features.Completion;

/// <summary>整改佐证材料 of a corrective action (photos, revised rules, ledgers): seen by whoever sees the finding;
/// added or removed only by the action's owner while the action is still theirs to do. Once reported done the files
/// are what the verifier judges, so nobody changes them until the action is sent back.</summary>
internal sealed class ActionEvidence(RectificationDb db, RectificationAccess access, ICurrentUser user) : IAttachmentOwner
{
    public const string Type = "rectification-action";

    public string OwnerType => Type;

    public Task<bool> CanReadAsync(Guid ownerId, CancellationToken ct) =>
        access.Findings().AnyAsync(f => f.Actions.Any(a => a.Id == ownerId), ct);

    public async Task<bool> CanWriteAsync(Guid ownerId, CancellationToken ct)
    {
        if (!user.Has(RectificationPermissions.Act)) return false;
        var action = await db.Actions.AsNoTracking().FirstOrDefaultAsync(a => a.Id == ownerId, ct);
        return action is not null && action.MayBeCompletedBy(user.Id);
    }

    public async Task<Guid?> StationOfAsync(Guid ownerId, CancellationToken ct) =>
        await CanReadAsync(ownerId, ct)
            ? await db.Actions.Where(a => a.Id == ownerId).Select(a => (Guid?)a.StationId).FirstOrDefaultAsync(ct)
            : null;

    public static Task<int> CountAsync(RectificationDb db, Guid actionId, CancellationToken ct) =>
        db.Set<Attachment>().CountAsync(a => a.OwnerType == Type && a.OwnerId == actionId, ct);
}
