namespace SocialWorkStation.Platform.Numbering;

/// <summary>The last number issued for one station, kind and year (e.g. 案号 GA-2026-0007).</summary>
public sealed class NumberSequence : Common.INotAudited
{
    public Guid StationId { get; set; }
    public string Kind { get; set; } = "";
    public int Year { get; set; }
    public long LastValue { get; set; }
}
