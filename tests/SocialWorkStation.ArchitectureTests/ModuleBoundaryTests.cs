using System.Reflection;
using NetArchTest.Rules;
using SocialWorkStation.Platform.Modules;
using SocialWorkStation.Web.Hosting;

namespace SocialWorkStation.ArchitectureTests;

/// <summary>Dependencies point inwards: Web → modules → Platform; Data knows the platform only; nothing depends on Web.
/// A module's public surface is its root namespace (the module type, permission and subject constants) and
/// <c>.Contracts</c>; everything else (Domain, Features, Data, pages…) is its own.</summary>
public class ModuleBoundaryTests
{
    private static readonly Assembly Platform = typeof(SocialWorkStation.Platform.IPlatformDb).Assembly;
    private static readonly Assembly Data = typeof(SocialWorkStation.Data.AppDbContext).Assembly;
    private static readonly Assembly Ui = typeof(SocialWorkStation.Ui.Operations).Assembly;
    private static readonly Assembly Web = typeof(Program).Assembly;

    [Fact]
    public void Platform_depends_on_neither_Data_nor_Web_nor_any_module()
    {
        var result = Types.InAssembly(Platform).ShouldNot()
            .HaveDependencyOnAny("SocialWorkStation.Data", "SocialWorkStation.Web", "SocialWorkStation.Modules")
            .GetResult();
        Assert.True(result.IsSuccessful, Failing(result));
    }

    [Fact]
    public void Data_depends_on_neither_Web_nor_any_module()
    {
        var result = Types.InAssembly(Data).ShouldNot().HaveDependencyOnAny("SocialWorkStation.Web", "SocialWorkStation.Modules").GetResult();
        Assert.True(result.IsSuccessful, Failing(result));
    }

    [Fact]
    public void Modules_depend_on_neither_Data_nor_Web()
    {
        foreach (var module in ModuleCatalog.All)
        {
            var result = Types.InAssembly(module.Assembly).ShouldNot().HaveDependencyOnAny("SocialWorkStation.Data", "SocialWorkStation.Web").GetResult();
            Assert.True(result.IsSuccessful, module.Name + " " + Failing(result));
        }
    }

    [Fact]
    public void Web_uses_a_module_only_through_its_module_type_and_contracts()
    {
        var violations = ModuleCatalog.All.SelectMany(m => InternalsUsedBy(Web, m)).ToList();
        Assert.True(violations.Count == 0, "Web reaches into a module: " + string.Join(", ", violations));
    }

    [Fact]
    public void A_module_uses_another_module_only_through_its_Contracts()
    {
        var violations = ModuleCatalog.All
            .SelectMany(user => ModuleCatalog.All.Where(m => m != user).SelectMany(m => InternalsUsedBy(user.Assembly, m)))
            .ToList();
        Assert.True(violations.Count == 0, "A module reaches into another: " + string.Join(", ", violations));
    }

    /// <summary>The rule above must be able to fail: <see cref="BoundaryViolationFixture"/> in this assembly uses a
    /// type from the Cases module's Domain namespace, and the same check must name it.</summary>
    [Fact]
    public void The_boundary_check_names_a_type_that_uses_a_module_internal()
    {
        var cases = ModuleCatalog.All.Single(m => m.Name == "cases");
        Assert.Contains(typeof(BoundaryViolationFixture).FullName, InternalsUsedBy(typeof(ModuleBoundaryTests).Assembly, cases));
    }

    [Fact]
    public void Every_module_lives_in_its_own_assembly_named_after_it()
    {
        Assert.Equal(ModuleCatalog.All.Count, ModuleCatalog.All.Select(m => m.Assembly).Distinct().Count());
        Assert.Equal(ModuleCatalog.All.Count, ModuleCatalog.All.Select(m => m.Name).Distinct().Count());
        foreach (var module in ModuleCatalog.All)
            Assert.Equal(module.Assembly.GetName().Name, module.GetType().Namespace);
    }

    [Fact]
    public void Shared_page_components_depend_on_no_module_nor_Data_nor_Web()
    {
        var result = Types.InAssembly(Ui).ShouldNot()
            .HaveDependencyOnAny("SocialWorkStation.Data", "SocialWorkStation.Web", "SocialWorkStation.Modules").GetResult();
        Assert.True(result.IsSuccessful, Failing(result));
    }

    /// <summary>Types of <paramref name="user"/> that depend on a namespace of <paramref name="module"/> other than its
    /// root (the module type and its constants) and <c>.Contracts</c>.</summary>
    private static IEnumerable<string> InternalsUsedBy(Assembly user, AppModule module)
    {
        var root = module.Assembly.GetName().Name!;
        var privateNamespaces = module.Assembly.GetTypes().Select(t => t.Namespace).OfType<string>()
            .Where(n => n != root && n != root + ".Contracts" && !n.StartsWith(root + ".Contracts.", StringComparison.Ordinal))
            .Distinct().ToArray();
        if (privateNamespaces.Length == 0) return [];
        var result = Types.InAssembly(user).ShouldNot().HaveDependencyOnAny(privateNamespaces).GetResult();
        return result.FailingTypes?.Select(t => t.FullName) ?? [];
    }

    private static string Failing(TestResult result) =>
        "Violations: " + string.Join(", ", result.FailingTypes?.Select(t => t.FullName) ?? []);
}

/// <summary>Deliberately breaks the module boundary so the boundary check is seen to fail (never used elsewhere).</summary>
internal static class BoundaryViolationFixture
{
    public static object Kind => SocialWorkStation.Modules.Cases.Domain.ServiceType.HomeVisit;
}
