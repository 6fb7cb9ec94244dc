using System.Text.RegularExpressions;

namespace SocialWorkStation.ArchitectureTests;

/// <summary>Each regulation clause an issue promised is proved by at least one test tagged with it
/// (`[Trait("Clause", "…")]`); CI runs every test, so a tagged test that fails turns the run red.</summary>
public partial class ClauseCoverageTests
{
    /// <summary>Clauses served so far (C1.3.4 confidentiality, the C3 service process).</summary>
    private static readonly string[] Required =
    [
        "C1.3.4", "C3.1.1", "C3.1.2", "C3.2.1", "C3.2.2", "C3.3.1", "C3.3.2", "C3.3.3",
        "C3.4.1", "C3.4.2", "C3.4.3", "C3.5.1", "C3.5.2", "C3.5.3",
    ];

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
