using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;

namespace SocialWorkStation.Platform.Audit;

public static class AuditChain
{
    public static string ComputeHash(AuditEntry e)
    {
        var canonical = string.Join('\u001f',
            e.Sequence.ToString(CultureInfo.InvariantCulture),
            e.At.ToUniversalTime().Ticks.ToString(CultureInfo.InvariantCulture),
            e.UserId?.ToString() ?? "", e.UserName, e.StationId?.ToString() ?? "",
            e.Entity, e.EntityKey, e.Action.ToString(), e.Changes, e.PreviousHash);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)));
    }
}

public sealed record AuditVerification(bool IsIntact, long RowsChecked, long? BrokenAtSequence, string Message);

/// <summary>Walks the chain in order and reports the first row that was altered, removed or inserted.</summary>
public sealed class AuditChainVerifier(IPlatformDb db)
{
    public async Task<AuditVerification> VerifyAsync(CancellationToken ct = default)
    {
        var head = await db.AuditHeads.AsNoTracking().SingleAsync(ct);
        var expectedPrevious = "";
        long expectedSequence = 1, count = 0;
        const int batch = 5000;
        while (true)
        {
            var from = expectedSequence;
            var rows = await db.AuditEntries.AsNoTracking()
                .Where(a => a.Sequence >= from).OrderBy(a => a.Sequence).Take(batch).ToListAsync(ct);
            foreach (var row in rows)
            {
                if (row.Sequence != expectedSequence)
                    return Broken(count, expectedSequence, $"第 {expectedSequence} 条审计记录缺失（被删除）。");
                if (row.PreviousHash != expectedPrevious)
                    return Broken(count, row.Sequence, $"第 {row.Sequence} 条审计记录的前序哈希与上一条不符。");
                if (AuditChain.ComputeHash(row) != row.Hash)
                    return Broken(count, row.Sequence, $"第 {row.Sequence} 条审计记录的内容被篡改。");
                expectedPrevious = row.Hash;
                expectedSequence++;
                count++;
            }
            if (rows.Count < batch) break;
        }
        if (head.LastSequence != count || head.LastHash != expectedPrevious)
            return Broken(count, count + 1, $"审计链末尾缺失记录：应有 {head.LastSequence} 条，实有 {count} 条。");
        return new AuditVerification(true, count, null, $"审计链完整，共校验 {count} 条记录。");
    }

    private static AuditVerification Broken(long count, long sequence, string message) =>
        new(false, count, sequence, message);
}
