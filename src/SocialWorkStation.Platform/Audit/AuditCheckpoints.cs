using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using SocialWorkStation.Platform.Protection;

namespace SocialWorkStation.Platform.Audit;

/// <summary>Seals rows that were written without a hash (<see cref="AuditEntry"/>, access log, login history) into the
/// keyed chain, in one transaction per batch, after their own transactions committed (docs/adr/016).</summary>
public interface IAuditSealer
{
    /// <summary>Unsealed rows written in the last <paramref name="lookBack"/> (the periodic run, which must stay cheap
    /// on a large trail), or all of them when null (before a verification or checkpoint).</summary>
    Task<int> SealAsync(TimeSpan? lookBack, CancellationToken ct = default);

    /// <summary>PostgreSQL: whether the app's database role may UPDATE, DELETE or TRUNCATE the log tables (it should
    /// not: docs/security-audit.md). Null on SQLite, where the file's owner can always write.</summary>
    Task<bool?> CanAlterLogTablesAsync(CancellationToken ct = default);
}

/// <summary>One signed checkpoint: the chain had <see cref="Position"/> seals ending in <see cref="Hash"/> at <see cref="At"/>.</summary>
public sealed record AuditCheckpoint(long Position, string Hash, DateTime At, string Signature);

public sealed record LastVerification(DateTime At, bool Intact);

/// <summary>Signed checkpoints of the chain's head, appended one JSON line each to a file outside the database
/// (<c>Audit:CheckpointDirectory</c>, default <c>audit-checkpoints/</c> beside the key file). Deleting the chain's tail
/// and moving the head, or rebuilding the chain, no longer passes: the database must still hold each checkpoint.</summary>
public sealed class AuditCheckpoints(IConfiguration config, IHostEnvironment env, IPersonalDataProtector keys)
{
    private static readonly SemaphoreSlim FileGate = new(1, 1);

    public string FilePath
    {
        get
        {
            var keyFile = Path.GetFullPath(config["Protection:KeyFile"] ?? "./data/protection.key", env.ContentRootPath);
            var dir = config["Audit:CheckpointDirectory"] is { Length: > 0 } configured
                ? Path.GetFullPath(configured, env.ContentRootPath)
                : Path.Combine(Path.GetDirectoryName(keyFile)!, "audit-checkpoints");
            return Path.Combine(dir, "checkpoints.jsonl");
        }
    }

    public AuditCheckpoint Sign(long position, string hash, DateTime at) =>
        new(position, hash, at, keys.Mac(AuditChain.CheckpointPurpose, Payload(position, hash, at)));

    public bool IsGenuine(AuditCheckpoint c) =>
        keys.Mac(AuditChain.CheckpointPurpose, Payload(c.Position, c.Hash, c.At)) == c.Signature;

    /// <summary>Appends a checkpoint unless the last one already records this head.</summary>
    public async Task AppendAsync(long position, string hash, DateTime at, CancellationToken ct)
    {
        if (position == 0) return;
        await FileGate.WaitAsync(ct);
        try
        {
            var (all, _) = await ReadUnlockedAsync(ct);
            if (all.Count > 0 && all[^1].Position == position && all[^1].Hash == hash) return;
            Directory.CreateDirectory(Path.GetDirectoryName(FilePath)!);
            await File.AppendAllTextAsync(FilePath, JsonSerializer.Serialize(Sign(position, hash, at)) + "\n", ct);
        }
        finally
        {
            FileGate.Release();
        }
    }

    /// <summary>The last verification's time and outcome, beside the checkpoints, for the security self-check (C7.3.3).</summary>
    public async Task RecordVerificationAsync(DateTime at, bool intact, CancellationToken ct)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(FilePath)!);
        await File.WriteAllTextAsync(VerificationPath, JsonSerializer.Serialize(new LastVerification(at, intact)), ct);
    }

    public async Task<LastVerification?> LastVerificationAsync(CancellationToken ct)
    {
        if (!File.Exists(VerificationPath)) return null;
        try { return JsonSerializer.Deserialize<LastVerification>(await File.ReadAllTextAsync(VerificationPath, ct)); }
        catch (JsonException) { return null; }
    }

    private string VerificationPath => Path.Combine(Path.GetDirectoryName(FilePath)!, "last-verification.json");

    /// <summary>The checkpoints in file order, and the line numbers (1-based) of lines that are not a checkpoint.</summary>
    public async Task<(List<AuditCheckpoint> Checkpoints, List<int> Unreadable)> ReadAsync(CancellationToken ct)
    {
        await FileGate.WaitAsync(ct);
        try { return await ReadUnlockedAsync(ct); }
        finally { FileGate.Release(); }
    }

    private async Task<(List<AuditCheckpoint>, List<int>)> ReadUnlockedAsync(CancellationToken ct)
    {
        var (list, bad) = (new List<AuditCheckpoint>(), new List<int>());
        if (!File.Exists(FilePath)) return (list, bad);
        var lines = await File.ReadAllLinesAsync(FilePath, ct);
        for (var i = 0; i < lines.Length; i++)
        {
            if (string.IsNullOrWhiteSpace(lines[i])) continue;
            try
            {
                if (JsonSerializer.Deserialize<AuditCheckpoint>(lines[i]) is { Hash: not null, Signature: not null } c) list.Add(c);
                else bad.Add(i + 1);
            }
            catch (JsonException)
            {
                bad.Add(i + 1);
            }
        }
        return (list, bad);
    }

    private static string Payload(long position, string hash, DateTime at) =>
        string.Join('\n', position.ToString(CultureInfo.InvariantCulture), hash, at.ToUniversalTime().Ticks.ToString(CultureInfo.InvariantCulture));
}
