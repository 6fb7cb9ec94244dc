using System.Globalization;
using SocialWorkStation.Platform.Identity;
using SocialWorkStation.Platform.Protection;

namespace SocialWorkStation.Platform.Audit;

/// <summary>The keyed chain over the audit trail, the access log and the login history (C7.3.2, docs/adr/016).
/// Keys come from the personal-data key (<see cref="IPersonalDataProtector.Mac"/>), never from the database, so
/// someone who can write the database can neither recompute the chain after an edit nor forge a checkpoint.</summary>
public static class AuditChain
{
    public const string ChainPurpose = "audit chain";
    public const string CheckpointPurpose = "audit checkpoint";

    public static string Canonical(AuditEntry e) => Join(
        e.Sequence.ToString(CultureInfo.InvariantCulture), Ticks(e.At), e.UserId?.ToString() ?? "", e.UserName,
        e.StationId?.ToString() ?? "", e.Entity, e.EntityKey, e.Action.ToString(), e.Changes);

    public static string Canonical(AccessLogEntry e) => Join(
        e.Id.ToString(), Ticks(e.At), e.UserId.ToString(), e.UserName, e.StationId?.ToString() ?? "", e.Entity, e.EntityKey, e.Purpose);

    public static string Canonical(LoginEvent e) => Join(
        e.Id.ToString(), Ticks(e.At), e.UserId?.ToString() ?? "", e.UserName, e.IpAddress ?? "", e.UserAgent ?? "",
        e.Succeeded ? "1" : "0", e.Reason ?? "");

    /// <summary>The seal of one row at <paramref name="position"/>, linked to the previous seal.</summary>
    public static string Seal(IPersonalDataProtector keys, long position, SealedLog log, string canonicalRow, string previousHash) =>
        keys.Mac(ChainPurpose, Join(position.ToString(CultureInfo.InvariantCulture), log.ToString(), canonicalRow, previousHash));

    private static string Ticks(DateTime at) => at.ToUniversalTime().Ticks.ToString(CultureInfo.InvariantCulture);

    private static string Join(params string[] parts) => string.Join('\u001f', parts);
}

/// <summary>How a personal or narrative value appears in the Changes JSON: "hmac:" and a keyed hash of field and value,
/// so a reader sees that the value changed (and whether two versions are equal) but not the value (item 2 of issue 10).</summary>
public static class AuditFieldHash
{
    public const string Prefix = "hmac:";
    public const string Purpose = "audit field";

    public static string Of(IPersonalDataProtector keys, string field, object value) =>
        Prefix + keys.Mac(Purpose, field + "\n" + Convert.ToString(value, CultureInfo.InvariantCulture))[..32];
}
