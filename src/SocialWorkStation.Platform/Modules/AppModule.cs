using System.Reflection;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SocialWorkStation.Platform.Common;
using SocialWorkStation.Platform.Permissions;
using SocialWorkStation.Platform.Public;

namespace SocialWorkStation.Platform.Modules;

/// <summary>A module's one registration (docs/module-template.md). The host's module catalog lists one instance per
/// module and loops over it for services, the model, endpoints, pages, the menu, the public area's links, permissions
/// and the clause coverage test, so adding a module touches the catalog and nothing else in the host.
/// Conventions applied by <see cref="ModuleRegistration.AddModules"/> to every module assembly: each non-nested
/// <c>*Handler</c> class is a scoped service; approval subject handlers, attachment owners, archive renderers, reminder
/// sources and start-up data upgrades are registered by their interface; <see cref="ConfigureModel"/> applies the
/// assembly's EF configurations.</summary>
public abstract class AppModule : IPermissionProvider, IMenuProvider, IPublicEntryProvider
{
    /// <summary>Short lower-case name; also the prefix of the module's tables, permissions and API routes.</summary>
    public abstract string Name { get; }

    public Assembly Assembly => GetType().Assembly;

    /// <summary>Regulation clauses (../shared/spec/seed-clauses.md) the module serves; each must be the
    /// <c>[Trait("Clause", …)]</c> of a passing test.</summary>
    public virtual IReadOnlyList<string> Clauses => [];

    /// <summary>Left-menu entries (pages) of the module.</summary>
    public virtual IEnumerable<MenuEntry> Entries => [];

    /// <summary>Links the module adds to every station's public home page (ADR 010). Each points at a public page of this
    /// module: a component derived from <c>SocialWorkStation.Ui.Public.PublicPage</c> routed under
    /// <c>/p/{StationCode}/{Name}/…</c>; the architecture tests check both.</summary>
    public virtual IEnumerable<PublicEntry> PublicEntries => [];

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
