using System.ComponentModel.DataAnnotations;
using SocialWorkStation.Platform.Common;

namespace SocialWorkStation.Platform.Audit;

public enum AuditAction { Create, Update, Delete }

/// <summary>One create, update or delete (C7.3.2). Append-only; written without a hash in the writer's transaction and
/// sealed into the keyed chain afterwards (<see cref="AuditSeal"/>, docs/adr/016).</summary>
public sealed class AuditEntry : INotAudited
{
    /// <summary>Assigned by the database (identity) on insert: no lock on the write path.</summary>
    public long Sequence { get; set; }
    public DateTime At { get; set; }
    public Guid? UserId { get; set; }
    [MaxLength(256)] public string UserName { get; set; } = "";
    public Guid? StationId { get; set; }
    [MaxLength(200)] public string Entity { get; set; } = "";
    [MaxLength(200)] public string EntityKey { get; set; } = "";
    public AuditAction Action { get; set; }
    /// <summary>JSON object: field → [old, new]; sensitive values are replaced by "***", personal and narrative values
    /// by a keyed hash (<see cref="AuditFieldHash"/>).</summary>
    public string Changes { get; set; } = "{}";
}

/// <summary>Which append-only log a seal covers.</summary>
public enum SealedLog { Audit, Access, Login }

/// <summary>One link of the keyed chain over the three security logs (docs/adr/016): the sealer appends it after the
/// row's own transaction committed. Hash = HMAC(chain key, position ‖ log ‖ row ‖ previous hash); the key is derived
/// from the personal-data key, which is not in the database.</summary>
public sealed class AuditSeal : INotAudited
{
    public long Position { get; set; }
    public SealedLog Log { get; set; }
    /// <summary>The sealed audit row (<see cref="AuditEntry.Sequence"/>), for <see cref="SealedLog.Audit"/>.</summary>
    public long? AuditSequence { get; set; }
    /// <summary>The sealed access-log or login-history row's id.</summary>
    public Guid? EntryId { get; set; }
    public DateTime SealedAt { get; set; }
    [MaxLength(64)] public string PreviousHash { get; set; } = "";
    [MaxLength(64)] public string Hash { get; set; } = "";
}

/// <summary>The single row that holds the chain's tip; only the sealer updates it (writers never touch it).</summary>
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
