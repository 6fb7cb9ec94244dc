namespace SocialWorkStation.Benchmarks;

/// <summary>Placeholder until the generator lands.</summary>
public static class GenerateCommand
{
    public static Task<int> RunAsync(Options options) => throw new NotImplementedException("generator not written yet");
}
