using System.ComponentModel.DataAnnotations;

namespace SocialWorkStation.Platform.Permissions;

/// <summary>A built-in default that has reached this installation: a permission (its default grants went to the roles)
/// or an approval subject type (its default flow went to the county centres). Recorded once, when seeded or rolled out,
/// so that a grant or flow an administrator removes later is never put back by the next start.</summary>
public sealed class RolledOutDefault
{
    public const string Table = "platform_rolled_out_default";
    public const string Permission = "permission";
    public const string ApprovalFlow = "approval-flow";

    [MaxLength(20)] public required string Kind { get; set; }
    [MaxLength(100)] public required string Code { get; set; }
    public DateTime RolledOutAt { get; set; }
}
