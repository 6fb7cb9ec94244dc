using Microsoft.EntityFrameworkCore;
using SocialWorkStation.Platform.Modules;

namespace SocialWorkStation.Data;

/// <summary>Start-up step for the keyed, sealed chain (docs/adr/016), first of all steps because later ones write audit rows:
/// 1. on PostgreSQL the audit sequence became an identity column, whose generator starts at 1: it is moved past the rows
///    already there (only forward, and only while it is behind, so a running node is never disturbed);
/// 2. an installation upgraded from the unkeyed chain has rows but no seals: the head starts again at 0, so the sealer
///    seals every existing row with the key.
/// Both find nothing to do on every later start.</summary>
internal sealed class AuditChainUpgrade(AppDbContext db) : IDataUpgrade
{
    public int Order => -100;

    public async Task RunAsync(CancellationToken ct)
    {
        if (db.IsPostgres)
            await db.Database.ExecuteSqlRawAsync("""
                SELECT setval(x.s::regclass, x.m)
                FROM (SELECT pg_get_serial_sequence('platform_audit', 'Sequence') AS s, (SELECT MAX("Sequence") FROM platform_audit) AS m) AS x
                WHERE x.m IS NOT NULL AND x.m > COALESCE(pg_sequence_last_value(x.s::regclass), 0)
                """, ct);
        if (!await db.AuditSeals.AnyAsync(ct))
            await db.AuditHeads.Where(h => h.Id == 1 && h.LastSequence > 0)
                .ExecuteUpdateAsync(s => s.SetProperty(h => h.LastSequence, 0L).SetProperty(h => h.LastHash, ""), ct);
    }
}
