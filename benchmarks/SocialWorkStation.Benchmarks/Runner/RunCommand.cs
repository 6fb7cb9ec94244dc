namespace SocialWorkStation.Benchmarks;

/// <summary>Placeholder until the runner lands (replaced by the benchmark runner).</summary>
public static class RunCommand
{
    public static Task<int> RunAsync(Options options) => throw new NotImplementedException("runner not written yet");
}
