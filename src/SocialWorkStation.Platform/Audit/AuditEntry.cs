using System.ComponentModel.DataAnnotations;
using SocialWorkStation.Platform.Common;

namespace SocialWorkStation.Platform.Audit;

public enum AuditAction { Create, Update, Delete }

/// <summary>One create, update or delete (C7.3.2). Append-only; each row's hash covers the previous one.</summary>
public sealed class AuditEntry : INotAudited
{
    public long Sequence { get; set; }
    public DateTime At { get; set; }
    public Guid? UserId { get; set; }
    [MaxLength(256)] public string UserName { get; set; } = "";
    public Guid? StationId { get; set; }
    [MaxLength(200)] public string Entity { get; set; } = "";
    [MaxLength(200)] public string EntityKey { get; set; } = "";
    public AuditAction Action { get; set; }
    /// <summary>JSON object: field → [old, new]; sensitive values are replaced by "***".</summary>
    public string Changes { get; set; } = "{}";
    [MaxLength(64)] public string PreviousHash { get; set; } = "";
    [MaxLength(64)] public string Hash { get; set; } = "";
}

/// <summary>The single row that holds the chain's tip; updating it serialises writers on both providers.</summary>
public sealed class AuditHead : INotAudited
{
    public int Id { get; set; }
    public long LastSequence { get; set; }
    [MaxLength(64)] public string LastHash { get; set; } = "";
}

/// <summary>A read of sensitive data (an ID-number reveal, a client file opened).</summary>
public sealed class AccessLogEntry : INotAudited
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public DateTime At { get; set; }
    public Guid UserId { get; set; }
    [MaxLength(256)] public string UserName { get; set; } = "";
    public Guid? StationId { get; set; }
    [MaxLength(200)] public string Entity { get; set; } = "";
    [MaxLength(200)] public string EntityKey { get; set; } = "";
    [MaxLength(100)] public string Purpose { get; set; } = "";
}
