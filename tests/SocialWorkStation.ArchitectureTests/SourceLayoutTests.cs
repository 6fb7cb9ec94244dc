using System.Text.RegularExpressions;
using SocialWorkStation.Web.Hosting;

namespace SocialWorkStation.ArchitectureTests;

/// <summary>The module template's layout (docs/module-template.md, Folders): namespaces follow folders, one handler
/// class per file named after the file, no file over 300 lines, styles in scoped <c>.razor.css</c> files. Read from the
/// source, since folders do not survive compilation; each rule is also run on a bad sample, so it is seen to fail.</summary>
public partial class SourceLayoutTests
{
    private const int MaxLines = 300;
    private static readonly DirectoryInfo Src = FindSrc();

    [Fact]
    public void Every_source_file_of_a_module_declares_the_namespace_of_its_folder()
    {
        var violations = ModuleCatalog.All.Select(m => m.Assembly.GetName().Name!)
            .SelectMany(name => CodeFiles(Path.Combine(Src.FullName, name), "*.cs")
                .Select(f => NamespaceViolation(name, Path.GetRelativePath(Path.Combine(Src.FullName, name), f), File.ReadAllText(f))))
            .OfType<string>().ToList();
        Assert.True(violations.Count == 0, string.Join("\n", violations));
        Assert.NotNull(NamespaceViolation("SocialWorkStation.Modules.Cases", "Features/Closure/ReopenCase.cs",
            "namespace SocialWorkStation.Modules.Cases.Features;"));
        Assert.Null(NamespaceViolation("SocialWorkStation.Modules.Cases", "Features/Closure/ReopenCase.cs",
            "namespace SocialWorkStation.Modules.Cases.Features.Closure;"));
    }

    [Fact]
    public void A_module_file_holds_at_most_one_handler_class_named_after_the_file()
    {
        var violations = ModuleCatalog.All.Select(m => Path.Combine(Src.FullName, m.Assembly.GetName().Name!))
            .SelectMany(dir => CodeFiles(dir, "*.cs").Select(f => HandlerViolation(f, File.ReadAllText(f))))
            .OfType<string>().ToList();
        Assert.True(violations.Count == 0, string.Join("\n", violations));
        Assert.NotNull(HandlerViolation("GetPlans.cs", "internal sealed class ListPlansHandler(CasesDb db)\n{\n}\ninternal sealed class GetPlanHandler\n{\n}"));
        Assert.NotNull(HandlerViolation("FollowUps.cs", "internal sealed class FollowUpHandler(CasesDb db)\n{\n}"));
        Assert.Null(HandlerViolation("GetPlan.cs", "public sealed record PlanView(Guid Id);\ninternal sealed class GetPlanHandler(CasesDb db)\n{\n}"));
        Assert.Null(HandlerViolation("PlanSubjectHandler.cs", "internal sealed class PlanSubjectHandler(CasesDb db) : IApprovalSubjectHandler\n{\n}"));
    }

    /// <summary>Code and styles; not generated migrations, nor data such as the translation resources.</summary>
    [Fact]
    public void No_code_file_under_src_is_longer_than_300_lines()
    {
        var violations = new[] { "*.cs", "*.razor", "*.css", "*.js" }
            .SelectMany(pattern => CodeFiles(Src.FullName, pattern))
            .Where(f => !f.Split(Path.DirectorySeparatorChar).Contains("Migrations"))
            .Select(f => (File: Path.GetRelativePath(Src.FullName, f), Lines: File.ReadLines(f).Count()))
            .Where(f => f.Lines > MaxLines).Select(f => $"{f.File}: {f.Lines} lines").ToList();
        Assert.True(violations.Count == 0, $"Over {MaxLines} lines:\n" + string.Join("\n", violations));
    }

    [Fact]
    public void No_component_under_src_carries_inline_styles()
    {
        var violations = CodeFiles(Src.FullName, "*.razor")
            .Where(f => InlineStyle().IsMatch(File.ReadAllText(f)))
            .Select(f => Path.GetRelativePath(Src.FullName, f) + ": <style> or style=\"…\"; use a .razor.css file beside the component")
            .ToList();
        Assert.True(violations.Count == 0, string.Join("\n", violations));
        Assert.Matches(InlineStyle(), "<div style=\"margin: 0\">");
        Assert.Matches(InlineStyle(), "<style>.a { }</style>");
        Assert.DoesNotMatch(InlineStyle(), "<Table TItem=\"Row\" Class=\"stats-table\">");
    }

    private static string? NamespaceViolation(string assemblyName, string relativePath, string text)
    {
        var folder = Path.GetDirectoryName(relativePath)!.Replace(Path.DirectorySeparatorChar, '.').Replace('/', '.');
        var expected = folder.Length == 0 ? assemblyName : assemblyName + "." + folder;
        var declared = FileNamespace().Match(text);
        return declared.Success && declared.Groups[1].Value == expected
            ? null
            : $"{assemblyName}/{relativePath}: namespace {(declared.Success ? declared.Groups[1].Value : "(none)")}, expected {expected}";
    }

    private static string? HandlerViolation(string path, string text)
    {
        var file = Path.GetFileNameWithoutExtension(path);
        var handlers = HandlerClass().Matches(text).Select(m => m.Groups[1].Value).ToList();
        if (handlers.Count > 1) return $"{path}: {handlers.Count} handler classes ({string.Join(", ", handlers)}); one per file";
        if (handlers.Count == 1 && handlers[0] != file + "Handler" && handlers[0] != file)
            return $"{path}: {handlers[0]} belongs in {handlers[0].Replace("Handler", "")}.cs";
        return null;
    }

    private static IEnumerable<string> CodeFiles(string dir, string pattern) =>
        Directory.EnumerateFiles(dir, pattern, SearchOption.AllDirectories).Where(f =>
            !f.Split(Path.DirectorySeparatorChar).Any(part => part is "obj" or "bin"));

    private static DirectoryInfo FindSrc()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(dir.FullName, "SocialWorkStation.slnx"))) dir = dir.Parent!;
        return new DirectoryInfo(Path.Combine(dir.FullName, "src"));
    }

    [GeneratedRegex(@"^namespace\s+([\w.]+)\s*;", RegexOptions.Multiline)]
    private static partial Regex FileNamespace();

    [GeneratedRegex(@"^\s*(?:(?:public|internal|private|protected|sealed|static|abstract|partial|file)\s+)*class\s+(\w+Handler)\b", RegexOptions.Multiline)]
    private static partial Regex HandlerClass();

    [GeneratedRegex(@"<style[\s>]|\sstyle\s*=\s*""", RegexOptions.IgnoreCase)]
    private static partial Regex InlineStyle();
}
