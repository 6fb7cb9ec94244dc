using System.Reflection;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using SocialWorkStation.Platform.Common;
using SocialWorkStation.Platform.Public;
using SocialWorkStation.Web.Hosting;

namespace SocialWorkStation.ArchitectureTests;

/// <summary>zh-CN is the source language (keys are the Chinese text); every key needs an en-US translation.</summary>
public partial class LocalisationTests
{
    private static readonly DirectoryInfo Repo = FindRepo();

    [Fact]
    public void Every_string_the_pages_localise_has_an_english_translation()
    {
        var translated = XDocument.Load(Path.Combine(Repo.FullName, "src/SocialWorkStation.Ui/Resources/SharedResource.en-US.resx"))
            .Root!.Elements("data").ToDictionary(d => (string)d.Attribute("name")!, d => (string?)d.Element("value") ?? "");
        var used = Repo.GetDirectories("src").Single().EnumerateFiles("*.*", SearchOption.AllDirectories)
            .Where(f => f.Extension is ".razor" or ".cs" && !f.FullName.Contains("/obj/") && !f.FullName.Contains("/bin/"))
            .SelectMany(f => LocalisedKey().Matches(File.ReadAllText(f.FullName)).Select(m => m.Groups[1].Value))
            .Concat(MenuTexts())
            .ToHashSet();
        Assert.NotEmpty(used);
        var missing = used.Where(k => !translated.TryGetValue(k, out var v) || string.IsNullOrWhiteSpace(v)).Order().ToList();
        Assert.True(missing.Count == 0, "Add to SharedResource.en-US.resx (scripts/resx.py):\n" + string.Join("\n", missing));
    }

    /// <summary>Menu entries, chapters, public links and permission names are localised by value at run time, so they
    /// are read from the host and the module catalog.</summary>
    private static IEnumerable<string> MenuTexts() =>
        Chapters.Ordered
            .Concat(typeof(Program).Assembly.GetTypes().Where(t => typeof(IMenuProvider).IsAssignableFrom(t) && !t.IsAbstract)
                .SelectMany(t => ((IMenuProvider)Activator.CreateInstance(t, nonPublic: true)!).Entries.Select(e => e.Title)))
            .Concat(ModuleCatalog.All.SelectMany(m => m.Entries.Select(e => e.Title)))
            .Concat(typeof(Program).Assembly.GetTypes().Where(t => typeof(IPublicEntryProvider).IsAssignableFrom(t) && !t.IsAbstract)
                .SelectMany(t => ((IPublicEntryProvider)Activator.CreateInstance(t, nonPublic: true)!).PublicEntries)
                .Concat(ModuleCatalog.All.SelectMany(m => m.PublicEntries))
                .SelectMany(e => new[] { e.Title, e.Description }.OfType<string>()));

    private static DirectoryInfo FindRepo()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "SocialWorkStation.slnx"))) dir = dir.Parent;
        return dir ?? throw new InvalidOperationException("repository root not found");
    }

    [GeneratedRegex("""L\["((?:[^"\\]|\\.)+)"[\],]""")]
    private static partial Regex LocalisedKey();
}
