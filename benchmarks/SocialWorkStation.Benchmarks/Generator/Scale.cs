namespace SocialWorkStation.Benchmarks.Generator;

/// <summary>How big a city to make. Per-station counts are the totals divided by the number of stations.</summary>
internal sealed record Scale(string Name, int Counties, int StationsPerCounty, int Clients, int Cases, int Assessments, int PlanVersions,
    int ServiceRecords, int Activities, int Participations, int BigCaseRecords)
{
    /// <summary>8 per station: 站长, 5 社工, 督导 (shared with the next station), one person for 财务/物资/档案/信息.</summary>
    public const int StaffPerStation = 8;
    public const int WorkersPerStation = 5;

    public static readonly Scale City = new("city", 10, 15, 200_000, 60_000, 120_000, 80_000, 1_200_000, 20_000, 400_000, 200);
    public static readonly Scale Tiny = new("tiny", 2, 2, 400, 160, 320, 220, 2_000, 16, 160, 20);

    public int Stations => Counties * StationsPerCounty;
    public int PerStation(int total) => total / Stations;

    public static Scale Parse(string name) => name switch
    {
        "city" => City,
        "tiny" => Tiny,
        _ => throw new ArgumentException("--scale is city or tiny"),
    };
}
