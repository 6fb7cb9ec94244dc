using SocialWorkStation.Platform.Results;

namespace SocialWorkStation.Platform.Archives;

/// <summary>The record a hand-off comes from: the declaring module, a record type unique across modules and prefixed
/// with the module's name (e.g. "cases.case"), the record's id, and the station it belongs to.</summary>
public sealed record ArchiveSource(string Module, string RecordType, Guid RecordId, Guid StationId);

/// <summary>A document the source module renders when asked (e.g. the case-file PDF) instead of a stored attachment:
/// <paramref name="Key"/> tells its <see cref="IArchiveRenderer"/> which one; name and type are what the archivist sees.</summary>
public sealed record ArchiveDocumentRef(string Key, string Name, string ContentType);

/// <summary>"This record set is complete and ready to archive" (C8.2.2). Class and retention are hints the archivist
/// confirms when filing; <paramref name="Year"/> is the 年度 of the 档号; <paramref name="Title"/> is shown in the archive
/// list, so it must not disclose a client (C1.3.4: mask names, use numbers). The files to seal are the record's stored
/// attachments and the documents its module renders at filing time.</summary>
public sealed record ArchiveDeclaration(
    ArchiveSource Source, ArchiveClass Class, int Year, string Title, DateOnly RecordDate, RetentionPeriod Retention,
    IReadOnlyList<Guid> AttachmentIds, IReadOnlyList<ArchiveDocumentRef> Documents);

/// <summary>The archive hand-off as source modules use it. One hand-off per source record.</summary>
public interface IArchiveHandOffs
{
    /// <summary>Declares the record set complete (待归档), or updates its hand-off when it is still pending or was
    /// returned (which makes it pending again). A filed hand-off cannot change: Conflict. Staged in the caller's unit of
    /// work, like an approval start: it commits with the caller's SaveChanges, together with the change that completed
    /// the record set. Returns the hand-off's id.</summary>
    Task<Result<Guid>> DeclareAsync(ArchiveDeclaration declaration, CancellationToken ct = default);

    /// <summary>The record set is no longer complete (e.g. a case reopened): a pending or returned hand-off is withdrawn;
    /// none is a no-op; a filed one is sealed: Conflict. Staged like <see cref="DeclareAsync"/>.</summary>
    Task<Result> WithdrawAsync(string recordType, Guid recordId, CancellationToken ct = default);

    /// <summary>The record's hand-off status, or null when it has none.</summary>
    Task<ArchiveHandOffStatus?> StatusAsync(string recordType, Guid recordId, CancellationToken ct = default);

    /// <summary>Filed with a 档号: the source module must refuse every change to the record (and its parts) from now on.</summary>
    Task<bool> IsSealedAsync(string recordType, Guid recordId, CancellationToken ct = default);
}

/// <summary>A rendered document; the caller disposes <paramref name="Content"/>.</summary>
public sealed record RenderedArchiveDocument(string FileName, string ContentType, Stream Content);

/// <summary>Implemented by the SOURCE module (found by convention, like <see cref="Attachments.IAttachmentOwner"/>):
/// renders a declared document of one of its records as the record stands now, so the archives module can fetch,
/// hash and keep it when it files, and the archivist can check it before. Called only for holders of
/// <see cref="Permissions.PlatformPermissions.ArchivesHandOffView"/> in the record's station.</summary>
public interface IArchiveRenderer
{
    /// <summary>The <see cref="ArchiveSource.RecordType"/> it renders.</summary>
    string RecordType { get; }

    /// <summary>NotFound when the record is not visible or <paramref name="documentKey"/> names no document of it.</summary>
    Task<Result<RenderedArchiveDocument>> RenderAsync(Guid recordId, string documentKey, CancellationToken ct);
}
