using System.Reflection;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components;
using SocialWorkStation.Platform.Modules;
using SocialWorkStation.Platform.Public;
using SocialWorkStation.Ui.Public;
using SocialWorkStation.Web.Hosting;

namespace SocialWorkStation.ArchitectureTests;

/// <summary>ADR 010: a page is public only on purpose. Public pages derive from <see cref="PublicPage"/>, route under
/// <c>/p/{StationCode}</c> (a module's under <c>/p/{StationCode}/{module name}/</c>), keep the public layout and no render
/// mode; every other page stays out of that prefix and never says [AllowAnonymous], except the host's static account
/// pages. The rules are checked on the fixtures below too, so they are seen to fail.</summary>
public class PublicPageTests
{
    private static readonly Assembly Web = typeof(Program).Assembly;

    /// <summary>The host's static sign-in and setup pages: open, but not public pages (no station, their own layout).</summary>
    private static readonly string[] StaticAccountPages =
    [
        "SocialWorkStation.Web.Account.Login", "SocialWorkStation.Web.Account.LoginWith2fa", "SocialWorkStation.Web.Account.Denied",
        "SocialWorkStation.Web.Setup.SetupPage", "SocialWorkStation.Web.Pages.NotFound",
    ];

    private static IEnumerable<Type> RoutablePages(Assembly assembly) =>
        assembly.GetTypes().Where(t => typeof(IComponent).IsAssignableFrom(t) && t.GetCustomAttributes<RouteAttribute>().Any());

    [Fact]
    public void Every_page_of_the_host_and_the_modules_is_either_signed_in_only_or_an_explicit_public_page()
    {
        var violations = RoutablePages(Web).SelectMany(t => Violations(t, module: null))
            .Concat(ModuleCatalog.All.SelectMany(m => RoutablePages(m.Assembly).SelectMany(t => Violations(t, m))))
            .ToList();
        Assert.True(violations.Count == 0, string.Join("\n", violations));
        Assert.Contains(RoutablePages(Web), t => typeof(PublicPage).IsAssignableFrom(t)); // the check saw public pages
    }

    [Fact]
    public void The_public_page_rules_name_each_kind_of_accidental_or_broken_public_page()
    {
        var module = ModuleCatalog.All.Single(m => m.Name == "cases");
        Assert.Contains(Violations(typeof(AnonymousStaffPageFixture), module), v => v.Contains("[AllowAnonymous]"));
        Assert.Contains(Violations(typeof(StaffPageInThePublicAreaFixture), module), v => v.Contains("public area"));
        Assert.Contains(Violations(typeof(PublicPageOutsideTheAreaFixture), module), v => v.Contains("must route under"));
        Assert.Contains(Violations(typeof(PublicPageOfAnotherModuleFixture), module), v => v.Contains("must route under"));
        Assert.Contains(Violations(typeof(InteractivePublicPageFixture), module), v => v.Contains("render mode"));
        Assert.Contains(Violations(typeof(PublicPageWithTheStaffLayoutFixture), module), v => v.Contains("layout"));
        Assert.Contains(Violations(typeof(HandMarkedPublicPageFixture), module), v => v.Contains("derive from PublicPage"));
        Assert.Empty(Violations(typeof(ProperModulePublicPageFixture), module));
    }

    [Fact]
    public void Public_pages_inherit_anonymous_static_rendering_and_the_public_marker_from_the_base_class()
    {
        var attributes = typeof(ProperModulePublicPageFixture).GetCustomAttributes(inherit: true);
        Assert.Contains(attributes, a => a is PublicPageAttribute);
        Assert.Contains(attributes, a => a is AllowAnonymousAttribute);
        Assert.Contains(attributes, a => a is ExcludeFromInteractiveRoutingAttribute);
    }

    [Fact]
    public void Every_public_link_of_the_host_and_the_modules_leads_to_a_public_page_of_its_own()
    {
        var host = Web.GetTypes().Where(t => typeof(IPublicEntryProvider).IsAssignableFrom(t) && !t.IsAbstract)
            .SelectMany(t => ((IPublicEntryProvider)Activator.CreateInstance(t, nonPublic: true)!).PublicEntries);
        var violations = LinkViolations(host, Web).Concat(ModuleCatalog.All.SelectMany(m => LinkViolations(m.PublicEntries, m.Assembly))).ToList();
        Assert.True(violations.Count == 0, string.Join("\n", violations));
        Assert.NotEmpty(host);
        var cases = ModuleCatalog.All.Single(m => m.Name == "cases").Assembly;
        Assert.Single(LinkViolations([new PublicEntry("不存在", "cases/nowhere")], cases)); // the check can fail
    }

    private static IEnumerable<string> LinkViolations(IEnumerable<PublicEntry> entries, Assembly assembly)
    {
        var routes = RoutablePages(assembly).Where(t => typeof(PublicPage).IsAssignableFrom(t))
            .SelectMany(t => t.GetCustomAttributes<RouteAttribute>()).Select(r => r.Template).ToHashSet();
        return entries.Where(e => !routes.Contains($"{PublicArea.StationRoot}/{e.Path.Trim('/')}"))
            .Select(e => $"{assembly.GetName().Name}: public link \"{e.Title}\" → {e.Path} is not a public page of that assembly");
    }

    /// <summary>The rule for one routable page; <paramref name="module"/> is null for the host's pages.</summary>
    internal static IEnumerable<string> Violations(Type page, AppModule? module)
    {
        var routes = page.GetCustomAttributes<RouteAttribute>().Select(r => r.Template).ToList();
        var inPublicArea = routes.Where(r => r == PublicArea.Prefix || r.StartsWith(PublicArea.Prefix + "/", StringComparison.Ordinal)).ToList();
        if (!typeof(PublicPage).IsAssignableFrom(page))
        {
            if (page.GetCustomAttribute<PublicPageAttribute>(inherit: true) is not null)
                yield return $"{page.FullName}: marked public by hand; public pages must derive from PublicPage";
            foreach (var route in inPublicArea)
                yield return $"{page.FullName}: {route} is in the public area but the page is not a PublicPage";
            if (page.GetCustomAttribute<AllowAnonymousAttribute>(inherit: true) is not null
                && (module is not null || !StaticAccountPages.Contains(page.FullName)))
                yield return $"{page.FullName}: [AllowAnonymous] on a page that is not a PublicPage";
            yield break;
        }
        var root = module is null ? PublicArea.StationRoot : $"{PublicArea.StationRoot}/{module.Name}";
        foreach (var route in routes.Where(r => r != root && !r.StartsWith(root + "/", StringComparison.Ordinal)))
            yield return $"{page.FullName}: {route} — public pages must route under {root}";
        if (page.GetCustomAttribute<LayoutAttribute>(inherit: true)?.LayoutType != typeof(PublicLayout))
            yield return $"{page.FullName}: public pages keep the PublicLayout layout";
        if (page.GetCustomAttribute<RenderModeAttribute>(inherit: true) is not null)
            yield return $"{page.FullName}: public pages are static; remove the render mode";
        if (page.GetCustomAttribute<AuthorizeAttribute>(inherit: true) is not null)
            yield return $"{page.FullName}: [Authorize] on a public page";
    }
}

// Fixtures: pages as a module author might get them wrong (never routed: this assembly is not part of the app).
[Route("/cases/oops"), AllowAnonymous] internal sealed class AnonymousStaffPageFixture : ComponentBase;
[Route("/p/{StationCode}/cases/staff")] internal sealed class StaffPageInThePublicAreaFixture : ComponentBase;
[Route("/news")] internal sealed class PublicPageOutsideTheAreaFixture : PublicPage;
[Route("/p/{StationCode}/quality/survey")] internal sealed class PublicPageOfAnotherModuleFixture : PublicPage;
[Route("/p/{StationCode}/cases/live"), InteractiveFixtureRenderMode] internal sealed class InteractivePublicPageFixture : PublicPage;
[Route("/p/{StationCode}/cases/styled"), Layout(typeof(StaffLayoutFixture))] internal sealed class PublicPageWithTheStaffLayoutFixture : PublicPage;
[Route("/p/{StationCode}/cases/marked"), PublicPage, AllowAnonymous] internal sealed class HandMarkedPublicPageFixture : ComponentBase;
[Route("/p/{StationCode}/cases/info")] internal sealed class ProperModulePublicPageFixture : PublicPage;
internal sealed class StaffLayoutFixture : LayoutComponentBase;
internal sealed class InteractiveFixtureRenderModeAttribute : RenderModeAttribute
{
    public override IComponentRenderMode Mode => Microsoft.AspNetCore.Components.Web.RenderMode.InteractiveServer;
}
