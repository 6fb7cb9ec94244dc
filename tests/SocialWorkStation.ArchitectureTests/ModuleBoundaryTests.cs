using System.Reflection;
using NetArchTest.Rules;

namespace SocialWorkStation.ArchitectureTests;

/// <summary>Dependencies point inwards: Web → modules → Platform; Data knows entities; nothing depends on Web.</summary>
public class ModuleBoundaryTests
{
    private static readonly Assembly Platform = typeof(SocialWorkStation.Platform.IPlatformDb).Assembly;
    private static readonly Assembly Data = typeof(SocialWorkStation.Data.AppDbContext).Assembly;

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

    private static string Failing(TestResult result) =>
        "Violations: " + string.Join(", ", result.FailingTypes?.Select(t => t.FullName) ?? []);
}
