using Microsoft.EntityFrameworkCore;
using SocialWorkStation.Modules.Cases.Data;
using SocialWorkStation.Modules.Cases.Domain;
using SocialWorkStation.Platform.Attachments;
using SocialWorkStation.Platform.Identity;

namespace SocialWorkStation.Modules.Cases.Features.Clients;

/// <summary>Scanned consent forms are attachments of owner type "consent": readable when the client file is, writable
/// by holders of <see cref="CasesPermissions.ClientsEdit"/> who can see it.</summary>
internal sealed class ConsentAttachmentOwner(CasesDb db, CaseAccess access, ICurrentUser user) : IAttachmentOwner
{
    public string OwnerType => "consent";

    public async Task<bool> CanReadAsync(Guid ownerId, CancellationToken ct) => await StationOfAsync(ownerId, ct) is not null;

    public async Task<bool> CanWriteAsync(Guid ownerId, CancellationToken ct) =>
        user.Has(CasesPermissions.ClientsEdit) && await CanReadAsync(ownerId, ct);

    public async Task<Guid?> StationOfAsync(Guid ownerId, CancellationToken ct)
    {
        var consent = await db.Consents.AsNoTracking().Where(c => c.Id == ownerId)
            .Select(c => new { c.ClientId, c.StationId }).FirstOrDefaultAsync(ct);
        if (consent is null || !await access.Clients().AnyAsync(c => c.Id == consent.ClientId, ct)) return null;
        return consent.StationId;
    }
}
