namespace SocialWorkStation.Platform.Attachments;

/// <summary>One stored file as the API and the pages show it. Type is the detected content type.</summary>
public sealed record AttachmentDto(
    Guid Id, string Name, string Type, long Size, string Sha256, DateTime UploadedAt, Guid UploadedById, string UploadedBy);

/// <summary>An opened file for download; the caller disposes the stream.</summary>
public sealed record AttachmentContent(Stream Content, string FileName, string ContentType, long Size);
