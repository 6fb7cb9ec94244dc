namespace SocialWorkStation.Platform.Permissions;

/// <summary>A permission a module declares. <paramref name="ReadOnly"/> ones may be granted to evaluators;
/// <paramref name="RequiresTwoFactor"/> ones (administer, reveal identifiers, export) only work for a user who has enrolled
/// an authenticator (issue 10, item 6).</summary>
public sealed record PermissionDefinition(string Code, string Name, string Group, bool ReadOnly = false, bool RequiresTwoFactor = false);

/// <summary>Modules declare their permissions and the roles that get them on a new installation.</summary>
public interface IPermissionProvider
{
    IEnumerable<PermissionDefinition> Permissions { get; }
    IEnumerable<(string Role, string Permission)> DefaultGrants { get; }
}

public sealed class RolePermission
{
    public Guid RoleId { get; set; }
    public string Permission { get; set; } = "";
}

public sealed class PermissionCatalog(IEnumerable<IPermissionProvider> providers)
{
    public IReadOnlyList<PermissionDefinition> All { get; } =
        providers.SelectMany(p => p.Permissions).DistinctBy(p => p.Code).ToList();

    public IReadOnlyList<(string Role, string Permission)> DefaultGrants { get; } =
        providers.SelectMany(p => p.DefaultGrants).Distinct().ToList();

    public bool Exists(string code) => All.Any(p => p.Code == code);

    /// <summary>Flagged permissions, and by convention a module's reveal and export permissions (codes ending in
    /// <c>.reveal</c> or <c>.export</c>), so a module that has not flagged them yet is still covered.</summary>
    public bool RequiresTwoFactor(string code) =>
        code.EndsWith(".reveal", StringComparison.Ordinal) || code.EndsWith(".export", StringComparison.Ordinal)
        || All.Any(p => p.Code == code && p.RequiresTwoFactor);
}
