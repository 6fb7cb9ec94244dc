using System.Data.Common;
using System.Text.Json;

namespace SocialWorkStation.UpgradeSnapshot;

/// <summary>What a snapshot holds, written beside it by the release that made it and read by the upgrade tests of every
/// later release. Keep the format stable: old manifests stay checked in and must keep loading.</summary>
public sealed record SnapshotManifest(
    string Commit, string Provider, DateTime GeneratedAt,
    // Rows per table, every table except EF's own bookkeeping (__EFMigrationsHistory and its lock).
    IReadOnlyDictionary<string, long> Rows,
    IReadOnlyList<SnapshotUser> Users,
    IReadOnlyList<SnapshotClient> Clients,
    IReadOnlyList<SnapshotCase> Cases,
    IReadOnlyList<SnapshotApproval> Approvals,
    IReadOnlyList<SnapshotAttachment> Attachments,
    // Role name → the permissions it held.
    IReadOnlyDictionary<string, IReadOnlyList<string>> Grants,
    IReadOnlyList<SnapshotFlow> Flows,
    long AuditRows)
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static SnapshotManifest Read(string path) =>
        JsonSerializer.Deserialize<SnapshotManifest>(File.ReadAllText(path), Json) ?? throw new InvalidDataException(path);

    public void Write(string path) => File.WriteAllText(path, JsonSerializer.Serialize(this, Json) + "\n");

    /// <summary>An enum as the API wrote it, by name or by number, as its name (stages and states are stored by name).</summary>
    public static string EnumName<T>(JsonElement value) where T : struct, Enum =>
        value.ValueKind == JsonValueKind.Number ? Enum.GetName(typeof(T), value.GetInt32())! : value.GetString()!;

    /// <summary>Rows per table of a SQLite or PostgreSQL database (the same query for the snapshot and the upgraded copy).</summary>
    public static async Task<SortedDictionary<string, long>> CountRowsAsync(DbConnection connection)
    {
        var tables = new List<string>();
        await using (var list = connection.CreateCommand())
        {
            list.CommandText = connection.GetType().Name.StartsWith("Npgsql", StringComparison.Ordinal)
                ? "SELECT tablename FROM pg_tables WHERE schemaname = 'public'"
                : "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'";
            await using var reader = await list.ExecuteReaderAsync();
            while (await reader.ReadAsync()) tables.Add(reader.GetString(0));
        }
        var rows = new SortedDictionary<string, long>(StringComparer.Ordinal);
        foreach (var table in tables.Where(t => !t.StartsWith("__EF", StringComparison.Ordinal)))
        {
            await using var count = connection.CreateCommand();
            count.CommandText = $"SELECT COUNT(*) FROM \"{table}\"";
            rows[table] = Convert.ToInt64(await count.ExecuteScalarAsync());
        }
        return rows;
    }
}

/// <summary>An account with its known password (and authenticator key, for administrators). Stations by code.</summary>
public sealed record SnapshotUser(string UserName, string Password, string? TotpKey, IReadOnlyList<string> Roles,
    IReadOnlyList<string> Stations, bool CanSignIn);

/// <summary>Records are read back by <c>ReadBy</c> (a user name) working in <c>Station</c> (a station code).</summary>
public sealed record SnapshotClient(Guid Id, string Station, string ReadBy, string Name, string IdNumber, string? Phone, string? GuardianPhone);

public sealed record SnapshotCase(Guid Id, string Station, string ReadBy, string Number, string Status);

public sealed record SnapshotApproval(Guid Id, string Station, string ReadBy, string Number, string SubjectType, string Status);

public sealed record SnapshotAttachment(Guid Id, string Station, string ReadBy, string OwnerType, string FileName, long Size, string Sha256);

/// <summary>An approval flow: a county default (Station null) or a station's own, with its step names in order.</summary>
public sealed record SnapshotFlow(string Organisation, string? Station, string SubjectType, IReadOnlyList<string> Steps);
