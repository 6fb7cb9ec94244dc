using System.Reflection;
using NetArchTest.Rules;

namespace SocialWorkStation.ArchitectureTests;

/// <summary>Dependencies point inwards: Web → modules → Platform; Data knows entities; nothing depends on Web.</summary>
public class ModuleBoundaryTests
{
    private static readonly Assembly Platform = typeof(SocialWorkStation.Platform.IPlatformDb).Assembly;
    private static readonly Assembly Data = typeof(SocialWorkStation.Data.AppDbContext).Assembly;
    private static readonly Assembly Ui = typeof(SocialWorkStation.Ui.Operations).Assembly;
    /// <summary>Every module; a new module is added here and to <see cref="ModuleNamespaces"/>.</summary>
    private static readonly Assembly[] Modules = [typeof(SocialWorkStation.Modules.Cases.CasesModule).Assembly];
    private static readonly string[] ModuleNamespaces =
    [
        "SocialWorkStation.Modules.Cases", "SocialWorkStation.Modules.Personnel", "SocialWorkStation.Modules.Finance",
        "SocialWorkStation.Modules.Materials", "SocialWorkStation.Modules.Quality", "SocialWorkStation.Modules.Information",
        "SocialWorkStation.Modules.Archives",
    ];

    [Fact]
    public void Platform_depends_on_neither_Data_nor_Web_nor_any_module()
    {
        var result = Types.InAssembly(Platform).ShouldNot()
            .HaveDependencyOnAny("SocialWorkStation.Data", "SocialWorkStation.Web", "SocialWorkStation.Modules")
            .GetResult();
        Assert.True(result.IsSuccessful, Failing(result));
    }

    [Fact]
    public void Data_does_not_depend_on_Web()
    {
        var result = Types.InAssembly(Data).ShouldNot().HaveDependencyOnAny("SocialWorkStation.Web").GetResult();
        Assert.True(result.IsSuccessful, Failing(result));
    }

    [Fact]
    public void Modules_depend_on_neither_Data_nor_Web()
    {
        foreach (var module in Modules)
        {
            var result = Types.InAssembly(module).ShouldNot().HaveDependencyOnAny("SocialWorkStation.Data", "SocialWorkStation.Web").GetResult();
            Assert.True(result.IsSuccessful, module.GetName().Name + " " + Failing(result));
        }
    }

    [Fact]
    public void A_module_uses_another_module_only_through_its_Contracts()
    {
        foreach (var module in Modules)
        {
            var own = module.GetName().Name!;
            var internals = ModuleNamespaces.Where(n => n != own)
                .SelectMany(n => new[] { ".Domain", ".Features", ".Data", ".Endpoints", ".Pages" }.Select(part => n + part)).ToArray();
            var result = Types.InAssembly(module).ShouldNot().HaveDependencyOnAny(internals).GetResult();
            Assert.True(result.IsSuccessful, own + " reaches into another module: " + Failing(result));
        }
    }

    [Fact]
    public void Shared_page_components_depend_on_no_module_nor_Data_nor_Web()
    {
        var result = Types.InAssembly(Ui).ShouldNot()
            .HaveDependencyOnAny("SocialWorkStation.Data", "SocialWorkStation.Web", "SocialWorkStation.Modules").GetResult();
        Assert.True(result.IsSuccessful, Failing(result));
    }

    private static string Failing(TestResult result) =>
        "Violations: " + string.Join(", ", result.FailingTypes?.Select(t => t.FullName) ?? []);
}
