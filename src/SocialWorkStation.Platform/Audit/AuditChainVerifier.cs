using Microsoft.EntityFrameworkCore;
using SocialWorkStation.Platform.Protection;

namespace SocialWorkStation.Platform.Audit;

public sealed record AuditVerification(bool IsIntact, long RowsChecked, long? BrokenAtSequence, string Message,
    bool? AppCanAlterLogTables = null);

/// <summary>Seals what is pending, then walks the keyed chain in order and reports the first row that was altered,
/// removed or inserted, and any difference from the signed checkpoints kept outside the database (docs/adr/016).
/// An intact result is itself checkpointed.</summary>
public sealed class AuditChainVerifier(IPlatformDb db, IAuditSealer sealer, AuditCheckpoints checkpoints,
    IPersonalDataProtector keys, TimeProvider clock)
{
    private const int Batch = 5000;

    public async Task<AuditVerification> VerifyAsync(CancellationToken ct = default)
    {
        await sealer.SealAsync(lookBack: null, ct);
        var canAlter = await sealer.CanAlterLogTablesAsync(ct);
        var result = await WalkAsync(ct) with { AppCanAlterLogTables = canAlter };
        if (canAlter == true)
            result = result with { Message = result.Message + " 警告：应用的数据库账号可以修改或删除日志表，应只授予 SELECT/INSERT（见 docs/security-audit.md）。" };
        await checkpoints.RecordVerificationAsync(clock.GetUtcNow().UtcDateTime, result.IsIntact, ct);
        return result;
    }

    private async Task<AuditVerification> WalkAsync(CancellationToken ct)
    {
        var (marks, unreadable) = await checkpoints.ReadAsync(ct);
        if (unreadable.Count > 0) return Broken(0, null, $"审计检查点文件第 {unreadable[0]} 行无法读取（被改动）。");
        if (marks.FirstOrDefault(c => !checkpoints.IsGenuine(c)) is { } forged)
            return Broken(0, null, $"审计检查点（第 {forged.Position} 位）签名无效：检查点文件被改动。");
        var expected = marks.GroupBy(c => c.Position).ToDictionary(g => g.Key, g => g.Select(c => c.Hash).ToHashSet());

        var head = await db.AuditHeads.AsNoTracking().SingleAsync(ct);
        var previous = "";
        long position = 0;
        while (true)
        {
            var from = position;
            var seals = await db.AuditSeals.AsNoTracking().Where(s => s.Position > from).OrderBy(s => s.Position).Take(Batch).ToListAsync(ct);
            var rows = await LoadRowsAsync(seals, ct);
            foreach (var seal in seals)
            {
                var what = Describe(seal);
                if (seal.Position != position + 1)
                    return Broken(position, seal.AuditSequence, $"审计链第 {position + 1} 个封存位置缺失（封存记录被删除）。");
                if (seal.PreviousHash != previous)
                    return Broken(position, seal.AuditSequence, $"{what}的前序哈希与上一条不符。");
                if (!rows.TryGetValue((seal.Log, seal.AuditSequence, seal.EntryId), out var canonical))
                    return Broken(position, seal.AuditSequence, $"{what}缺失（被删除）。");
                if (AuditChain.Seal(keys, seal.Position, seal.Log, canonical, previous) != seal.Hash)
                    return Broken(position, seal.AuditSequence, $"{what}的内容被篡改（或审计链被不持有密钥者重算）。");
                if (expected.TryGetValue(seal.Position, out var hashes) && !hashes.Contains(seal.Hash))
                    return Broken(position, seal.AuditSequence, $"审计链在第 {seal.Position} 个封存位置与外部检查点不符：审计链被重建。");
                previous = seal.Hash;
                position = seal.Position;
            }
            if (seals.Count < Batch) break;
        }
        if (head.LastSequence != position || head.LastHash != previous)
            return Broken(position, null, $"审计链末尾缺失记录：链头记录 {head.LastSequence} 个封存位置，实有 {position} 个。");
        if (marks.Count > 0 && marks.Max(c => c.Position) is var last && last > position)
            return Broken(position, null, $"审计链比外部检查点短：检查点记录到第 {last} 个封存位置，数据库中只有 {position} 个（末尾被删除）。");

        await checkpoints.AppendAsync(position, previous, clock.GetUtcNow().UtcDateTime, ct);
        return new AuditVerification(true, position, null, $"审计链完整，共校验 {position} 条记录（含访问日志与登录记录），与 {marks.Count} 个外部检查点一致。");
    }

    private static string Describe(AuditSeal s) => s.Log switch
    {
        SealedLog.Audit => $"第 {s.AuditSequence} 条审计记录",
        SealedLog.Access => $"第 {s.Position} 个封存位置的访问日志记录（{s.EntryId}）",
        _ => $"第 {s.Position} 个封存位置的登录记录（{s.EntryId}）",
    };

    private async Task<Dictionary<(SealedLog, long?, Guid?), string>> LoadRowsAsync(List<AuditSeal> seals, CancellationToken ct)
    {
        var map = new Dictionary<(SealedLog, long?, Guid?), string>();
        var sequences = seals.Where(s => s.AuditSequence is not null).Select(s => s.AuditSequence!.Value).ToList();
        var ids = seals.Where(s => s.EntryId is not null).Select(s => s.EntryId!.Value).ToList();
        if (sequences.Count > 0)
        {
            var (min, max) = (sequences.Min(), sequences.Max());
            foreach (var a in await db.AuditEntries.AsNoTracking().Where(a => a.Sequence >= min && a.Sequence <= max).ToListAsync(ct))
                map[(SealedLog.Audit, a.Sequence, null)] = AuditChain.Canonical(a);
        }
        foreach (var chunk in ids.Chunk(500))
        {
            foreach (var e in await db.AccessLog.AsNoTracking().Where(e => chunk.Contains(e.Id)).ToListAsync(ct))
                map[(SealedLog.Access, null, e.Id)] = AuditChain.Canonical(e);
            foreach (var e in await db.LoginEvents.AsNoTracking().Where(e => chunk.Contains(e.Id)).ToListAsync(ct))
                map[(SealedLog.Login, null, e.Id)] = AuditChain.Canonical(e);
        }
        return map;
    }

    private static AuditVerification Broken(long count, long? sequence, string message) => new(false, count, sequence, message);
}
