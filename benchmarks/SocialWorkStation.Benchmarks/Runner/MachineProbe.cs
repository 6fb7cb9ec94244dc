using System.Diagnostics;
using System.Runtime.InteropServices;

namespace SocialWorkStation.Benchmarks.Runner;

/// <summary>What the figures were measured on; they mean little without it.</summary>
public static class MachineProbe
{
    public static async Task<MachineInfo> DescribeAsync(RawSql raw) => new(
        Cpu: Field(Run("lscpu"), "Model name") ?? Field(Read("/proc/cpuinfo"), "model name") ?? "unknown",
        Cores: Environment.ProcessorCount,
        Memory: Field(Read("/proc/meminfo"), "MemTotal") is { } kb && long.TryParse(kb.Split(' ')[0], out var k) ? $"{k / 1024.0 / 1024.0:0.0} GiB" : "unknown",
        Os: Field(Read("/etc/os-release"), "PRETTY_NAME", '=')?.Trim('"') ?? RuntimeInformation.OSDescription,
        Kernel: Read("/proc/sys/kernel/osrelease").Trim(),
        DotnetSdk: Run("dotnet", "--version").Trim(),
        Runtime: RuntimeInformation.FrameworkDescription,
        Database: await raw.ServerVersionAsync());

    private static string? Field(string text, string name, char separator = ':') =>
        text.Split('\n').Select(l => l.Split(separator, 2)).Where(p => p.Length == 2 && p[0].Trim() == name)
            .Select(p => p[1].Trim()).FirstOrDefault();

    private static string Read(string path)
    {
        try { return File.ReadAllText(path); }
        catch (IOException) { return ""; }
        catch (UnauthorizedAccessException) { return ""; }
    }

    private static string Run(string file, string args = "")
    {
        try
        {
            using var p = Process.Start(new ProcessStartInfo(file, args) { RedirectStandardOutput = true, UseShellExecute = false })!;
            var output = p.StandardOutput.ReadToEnd();
            p.WaitForExit();
            return output;
        }
        catch (System.ComponentModel.Win32Exception) { return ""; }
    }
}
