using System.Text.Json;
using System.Text.Json.Serialization;

namespace SocialWorkStation.Benchmarks;

/// <summary>What the generator made, for the runner: where the data is, who to log in as, and which records to ask for.
/// Written beside the data set as manifest.json.</summary>
public sealed record BenchManifest
{
    public required string Provider { get; init; }          // "Sqlite" or "Postgres"
    public required string ConnectionString { get; init; }
    public required string Scale { get; init; }             // "city" or "tiny"
    /// <summary>base64 Protection:Key the data was encrypted with; the app under test must be started with it.</summary>
    public required string ProtectionKey { get; init; }
    /// <summary>The month the statistics and the ledger export ask for, "yyyy-MM" (a full month of service records).</summary>
    public required string Month { get; init; }
    /// <summary>Every generated account has this password.</summary>
    public required string Password { get; init; }
    /// <summary>Social workers in different stations (≥ 32 at city scale), each with records of their own to ask for.</summary>
    public required IReadOnlyList<BenchWorker> Workers { get; init; }
    /// <summary>A county user (县级管理, county.oversight) of a county with 15 stations; no station chosen = all of them.</summary>
    public required string CountyUser { get; init; }
    /// <summary>A city-level user (县级管理 role in the city organisation above the counties): sees every station.</summary>
    public required string CityUser { get; init; }
    public required GenerationReport Generation { get; init; }

    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true, Converters = { new JsonStringEnumConverter() } };
    public void Save(string path) => File.WriteAllText(path, JsonSerializer.Serialize(this, Json));
    public static BenchManifest Load(string path) => JsonSerializer.Deserialize<BenchManifest>(File.ReadAllText(path), Json)!;
}

public sealed record BenchWorker
{
    public required string UserName { get; init; }
    public required Guid UserId { get; init; }
    public required Guid StationId { get; init; }
    /// <summary>A case of this worker with (at city scale) exactly 200 service records, for the case-file benchmark.</summary>
    public required Guid BigCaseId { get; init; }
    /// <summary>Cases of this worker in 介入 (Intervention) with an approved plan: a service record may be added to them.</summary>
    public required IReadOnlyList<Guid> WritableCaseIds { get; init; }
    /// <summary>The full, valid ID number of a client this worker may open.</summary>
    public required string ClientIdNumber { get; init; }
    /// <summary>Two Chinese characters that occur in names of this worker's clients.</summary>
    public required string NameFragment { get; init; }
    /// <summary>The case-list filter: status (CaseStatus as int; 3 = Intervention) and this worker's id.</summary>
    public required int ListStatus { get; init; }
}

public sealed record GenerationReport
{
    public required IReadOnlyDictionary<string, long> Rows { get; init; }   // table → rows written
    public required double Seconds { get; init; }
    public required double RowsPerSecond { get; init; }
    public required long Seed { get; init; }
}
