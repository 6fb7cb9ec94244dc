using System.ComponentModel.DataAnnotations;
using SocialWorkStation.Platform.Common;

namespace SocialWorkStation.Platform.Attachments;

public sealed class Attachment : StationEntity
{
    [MaxLength(50)] public required string OwnerType { get; set; }
    public Guid OwnerId { get; set; }
    [MaxLength(255)] public required string FileName { get; set; }
    [MaxLength(100)] public required string ContentType { get; set; }
    public long SizeBytes { get; set; }
    [MaxLength(64)] public required string Sha256 { get; set; }
    [MaxLength(200)] public required string StorageKey { get; set; }
    public Guid UploadedBy { get; set; }
    public DateTime UploadedAt { get; set; }
}
