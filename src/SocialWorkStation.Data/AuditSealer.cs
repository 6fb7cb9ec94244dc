using Microsoft.EntityFrameworkCore;
using SocialWorkStation.Platform.Audit;
using SocialWorkStation.Platform.Identity;
using SocialWorkStation.Platform.Protection;

namespace SocialWorkStation.Data;

/// <summary>Chains committed, unsealed log rows (docs/adr/016). The head row is locked here only — by the sealer, once
/// per batch — never by the writers, so a write transaction has no global serialisation point. Rows are sealed in
/// commit-visible order: audit rows by sequence, then access-log and login rows by time; a row whose transaction
/// commits late is simply sealed in a later batch.</summary>
internal sealed class AuditSealer(AppDbContext db, IPersonalDataProtector keys, TimeProvider clock) : IAuditSealer
{
    private const int Batch = 2000;

    public async Task<int> SealAsync(TimeSpan? lookBack, CancellationToken ct = default)
    {
        var total = 0;
        while (await SealBatchAsync(lookBack, ct) is var sealedNow and > 0)
        {
            total += sealedNow;
            if (sealedNow < Batch) break;
        }
        return total;
    }

    public async Task<bool?> CanAlterLogTablesAsync(CancellationToken ct = default)
    {
        if (!db.IsPostgres) return null;
        // has_table_privilege answers for the role the app connected as (current_user), including inherited grants.
        var rows = await db.Database.SqlQueryRaw<bool>("""
            SELECT bool_or(has_table_privilege(current_user, t, 'UPDATE') OR has_table_privilege(current_user, t, 'DELETE')
                           OR has_table_privilege(current_user, t, 'TRUNCATE')) AS "Value"
            FROM unnest(ARRAY['platform_audit', 'platform_audit_seal', 'platform_access_log', 'platform_login_event']) AS t
            """).ToListAsync(ct);
        return rows.Single();
    }

    private async Task<int> SealBatchAsync(TimeSpan? lookBack, CancellationToken ct)
    {
        using var turn = await db.WriteTurnAsync(isAsync: true, ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        // Sealers (the hosted service of each node, a verification) take turns on the head row.
        await db.Database.ExecuteSqlRawAsync("""UPDATE platform_audit_head SET "LastSequence" = "LastSequence" WHERE "Id" = 1""", ct);
        var head = await db.AuditHeads.AsNoTracking().SingleAsync(ct);
        var since = lookBack is { } back ? clock.GetUtcNow().UtcDateTime - back : DateTime.MinValue;

        var audit = await db.AuditEntries.AsNoTracking()
            .Where(a => a.At >= since && !db.AuditSeals.Any(s => s.AuditSequence == a.Sequence))
            .OrderBy(a => a.Sequence).Take(Batch).ToListAsync(ct);
        var access = await db.AccessLog.AsNoTracking()
            .Where(e => e.At >= since && !db.AuditSeals.Any(s => s.EntryId == e.Id))
            .OrderBy(e => e.At).ThenBy(e => e.Id).Take(Batch - audit.Count).ToListAsync(ct);
        var logins = await db.LoginEvents.AsNoTracking()
            .Where(e => e.At >= since && !db.AuditSeals.Any(s => s.EntryId == e.Id))
            .OrderBy(e => e.At).ThenBy(e => e.Id).Take(Batch - audit.Count - access.Count).ToListAsync(ct);

        var pending = audit.Select(a => (SealedLog.Audit, (long?)a.Sequence, (Guid?)null, AuditChain.Canonical(a)))
            .Concat(access.Select(e => (SealedLog.Access, (long?)null, (Guid?)e.Id, AuditChain.Canonical(e))))
            .Concat(logins.Select(e => (SealedLog.Login, (long?)null, (Guid?)e.Id, AuditChain.Canonical(e))))
            .ToList();
        if (pending.Count == 0) return 0;

        var now = clock.GetUtcNow().UtcDateTime;
        var (position, previous) = (head.LastSequence, head.LastHash);
        var seals = new List<AuditSeal>(pending.Count);
        foreach (var (log, sequence, id, canonical) in pending)
        {
            position++;
            var hash = AuditChain.Seal(keys, position, log, canonical, previous);
            seals.Add(new AuditSeal
            {
                Position = position, Log = log, AuditSequence = sequence, EntryId = id, SealedAt = now, PreviousHash = previous, Hash = hash,
            });
            previous = hash;
        }
        db.AuditSeals.AddRange(seals);
        await db.SaveChangesAsync(ct);
        await db.AuditHeads.Where(h => h.Id == 1).ExecuteUpdateAsync(
            s => s.SetProperty(h => h.LastSequence, position).SetProperty(h => h.LastHash, previous), ct);
        await tx.CommitAsync(ct);
        foreach (var seal in seals) db.Entry(seal).State = EntityState.Detached;
        return seals.Count;
    }
}
