using System.Reflection;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SocialWorkStation.Platform.Common;
using SocialWorkStation.Platform.Permissions;

namespace SocialWorkStation.Platform.Modules;

/// <summary>A module's one registration (docs/module-template.md). The host's module catalog lists one instance per
/// module and loops over it for services, the model, endpoints, pages, the menu, permissions and the clause
/// coverage test, so adding a module touches the catalog and nothing else in the host.
/// Conventions applied by <see cref="ModuleRegistration.AddModules"/> to every module assembly: each non-nested
/// <c>*Handler</c> class is a scoped service; approval subject handlers, attachment owners, reminder sources and start-up
/// data upgrades are registered by their interface; <see cref="ConfigureModel"/> applies the assembly's EF configurations.</summary>
public abstract class AppModule : IPermissionProvider, IMenuProvider
{
    /// <summary>Short lower-case name; also the prefix of the module's tables, permissions and API routes.</summary>
    public abstract string Name { get; }

    public Assembly Assembly => GetType().Assembly;

    /// <summary>Regulation clauses (../shared/spec/seed-clauses.md) the module serves; each must be the
    /// <c>[Trait("Clause", …)]</c> of a passing test.</summary>
    public virtual IReadOnlyList<string> Clauses => [];

    /// <summary>Left-menu entries (pages) of the module.</summary>
    public virtual IEnumerable<MenuEntry> Entries => [];

    public virtual IEnumerable<PermissionDefinition> Permissions => [];

    /// <summary>Roles that receive a permission on a new organisation.</summary>
    public virtual IEnumerable<(string Role, string Permission)> DefaultGrants => [];

    /// <summary>Services beyond the conventions: options, contract implementations, non-handler helpers.</summary>
    public virtual void AddServices(IServiceCollection services, IConfiguration config) { }

    /// <summary>The module's endpoints under <c>/api/v1</c>; <paramref name="api"/> is that group.</summary>
    public virtual void MapEndpoints(IEndpointRouteBuilder api) { }

    /// <summary>Entity configurations of the module; table names are prefixed with <see cref="Name"/>.</summary>
    public virtual void ConfigureModel(ModelBuilder builder) => builder.ApplyConfigurationsFromAssembly(Assembly);
}
