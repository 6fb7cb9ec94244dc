namespace SocialWorkStation.Platform.Attachments;

/// <summary>A module whose records carry attachments. Files are readable and writable exactly like the owning
/// record, so each module answers for its own records; the station query filter already hides other stations.</summary>
public interface IAttachmentOwner
{
    /// <summary>The name in the URL, e.g. "approval" (at most 50 characters).</summary>
    string OwnerType { get; }
    /// <summary>May the current user see this record? False also when it does not exist or is in another station.</summary>
    Task<bool> CanReadAsync(Guid ownerId, CancellationToken ct);
    /// <summary>May the current user add or remove this record's files now (state and role)?</summary>
    Task<bool> CanWriteAsync(Guid ownerId, CancellationToken ct);
    /// <summary>The station the record belongs to; its files belong there too, whichever station the uploader
    /// has selected (a county user may be looking at all stations). Null when the record is not visible.</summary>
    Task<Guid?> StationOfAsync(Guid ownerId, CancellationToken ct);
}

/// <summary>Finds the owner module for a type name; an unknown type is treated like a missing record (404).</summary>
internal sealed class AttachmentOwners(IEnumerable<IAttachmentOwner> owners)
{
    public IAttachmentOwner? Find(string ownerType) =>
        owners.FirstOrDefault(o => string.Equals(o.OwnerType, ownerType, StringComparison.Ordinal));
}
