using SocialWorkStation.Web.Hosting;
using System.Text.RegularExpressions;

namespace SocialWorkStation.ArchitectureTests;

/// <summary>Each regulation clause an issue promised is proved by at least one test tagged with it
/// (`[Trait("Clause", "…")]`); CI runs every test, so a tagged test that fails turns the run red.</summary>
public partial class ClauseCoverageTests
{
    /// <summary>Clauses served so far: every module of the catalog lists its own.</summary>
    private static readonly string[] Required = ModuleCatalog.All.SelectMany(m => m.Clauses).Distinct().ToArray();

    [Fact]
    public void Every_module_names_the_clauses_it_serves_in_the_form_of_the_regulations()
    {
        Assert.NotEmpty(Required);
        Assert.All(Required, c => Assert.Matches(@"^C[1-8](\.\d+){2}$", c));
    }

    [Fact]
    public void Every_served_clause_is_the_trait_of_a_test()
    {
        var repo = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(repo.FullName, "SocialWorkStation.slnx"))) repo = repo.Parent!;
        var tagged = Directory.EnumerateFiles(Path.Combine(repo.FullName, "tests"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains("/obj/") && !f.Contains("/bin/") && !f.EndsWith(nameof(ClauseCoverageTests) + ".cs"))
            .SelectMany(f => ClauseTrait().Matches(File.ReadAllText(f)).Select(m => m.Groups[1].Value))
            .ToHashSet();
        var missing = Required.Where(c => !tagged.Contains(c)).ToList();
        Assert.True(missing.Count == 0, "No test carries [Trait(\"Clause\", …)] for: " + string.Join(", ", missing));
    }

    [GeneratedRegex("""Trait\("Clause",\s*"(C[\d.]+)"\)""")]
    private static partial Regex ClauseTrait();
}
