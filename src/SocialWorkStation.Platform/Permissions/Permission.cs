namespace SocialWorkStation.Platform.Permissions;

/// <summary>A permission a module declares. <paramref name="ReadOnly"/> ones may be granted to evaluators.</summary>
public sealed record PermissionDefinition(string Code, string Name, string Group, bool ReadOnly = false);

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
}
