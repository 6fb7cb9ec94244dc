using System.Reflection;
using SocialWorkStation.Modules.Administration;
using SocialWorkStation.Modules.Cases;
using SocialWorkStation.Modules.Rectification;
using SocialWorkStation.Platform.Modules;

namespace SocialWorkStation.Web.Hosting;

/// <summary>The one place a module is registered (docs/module-template.md). The host's services, database model,
/// migrations, API, router and menu, and the architecture, localisation and clause coverage tests all loop over it.</summary>
public static class ModuleCatalog
{
    public static readonly IReadOnlyList<AppModule> All =
    [
        new AdministrationModule(),
        new CasesModule(),
        new RectificationModule(),
    ];

    public static IEnumerable<Assembly> Assemblies => All.Select(m => m.Assembly);
}
