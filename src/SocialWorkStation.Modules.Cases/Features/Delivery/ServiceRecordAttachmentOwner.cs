using Microsoft.EntityFrameworkCore;
using SocialWorkStation.Modules.Cases.Data;
using SocialWorkStation.Modules.Cases.Features.Archiving;
using SocialWorkStation.Platform.Attachments;
using SocialWorkStation.Platform.Identity;

namespace SocialWorkStation.Modules.Cases.Features.Delivery;

/// <summary>Photos and signed sheets of a service record: readable like the record's text (case visible, and a
/// sensitive record only to those who may read it, C1.3.4); changed by caseworkers who see the case.</summary>
internal sealed class ServiceRecordAttachmentOwner(CasesDb db, CaseAccess access, ICurrentUser user, CaseFileHandOffHandler archive) : IAttachmentOwner
{
    public const string Type = "service-record";

    public string OwnerType => Type;

    public async Task<bool> CanReadAsync(Guid ownerId, CancellationToken ct)
    {
        var record = await db.ServiceRecords.AsNoTracking().FirstOrDefaultAsync(r => r.Id == ownerId, ct);
        return record is not null && access.CanRead(record) && await access.Cases().AnyAsync(c => c.Id == record.CaseId, ct);
    }

    public async Task<bool> CanWriteAsync(Guid ownerId, CancellationToken ct) =>
        user.Has(CasesPermissions.Manage) && await CanReadAsync(ownerId, ct)
        && !await archive.FilesFrozenAsync(await db.ServiceRecords.Where(r => r.Id == ownerId).Select(r => r.CaseId).FirstAsync(ct), ct);

    public async Task<Guid?> StationOfAsync(Guid ownerId, CancellationToken ct) =>
        await CanReadAsync(ownerId, ct)
            ? await db.ServiceRecords.Where(r => r.Id == ownerId).Select(r => (Guid?)r.StationId).FirstOrDefaultAsync(ct)
            : null;
}
