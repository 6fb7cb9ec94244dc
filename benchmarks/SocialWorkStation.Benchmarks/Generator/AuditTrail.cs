using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using SocialWorkStation.Data;
using SocialWorkStation.Platform.Audit;
using SocialWorkStation.Platform.Protection;

namespace SocialWorkStation.Benchmarks.Generator;

/// <summary>A row the generator created, with who created it and when: each becomes one audit row.</summary>
internal readonly record struct Created(object Entity, DateTime At, Guid? UserId, string UserName, Guid StationId);

/// <summary>Continues the audit trail and its keyed chain after the rows SaveChanges wrote (C7.3.2, docs/adr/016): the
/// same Changes JSON (<see cref="AuditChanges"/>, personal fields by keyed hash) and the same seals (<see cref="AuditChain"/>)
/// the app's sealer would write, so `verify-audit` checks the whole data set.</summary>
internal sealed class AuditTrail(AppDbContext db, IPersonalDataProtector keys)
{
    private long _sequence;
    private long _position;
    private string _hash = "";

    /// <summary>Seals what the platform part wrote through SaveChanges, then continues after it.</summary>
    public async Task LoadHeadAsync(IAuditSealer sealer)
    {
        await sealer.SealAsync(lookBack: null);
        var head = await db.AuditHeads.AsNoTracking().SingleAsync();
        (_position, _hash) = (head.LastSequence, head.LastHash);
        _sequence = await db.AuditEntries.MaxAsync(a => (long?)a.Sequence) ?? 0;
    }

    /// <summary>The audit rows of <paramref name="created"/> in creation order, and their seals on the current tip.</summary>
    public (List<AuditEntry> Rows, List<AuditSeal> Seals) Append(IEnumerable<Created> created)
    {
        var (rows, seals) = (new List<AuditEntry>(), new List<AuditSeal>());
        foreach (var c in created.OrderBy(c => c.At))
        {
            var type = db.Model.FindEntityType(c.Entity.GetType())!;
            var at = c.At.AddTicks(-(c.At.Ticks % 10)); // microseconds, as PostgreSQL keeps them (the seal must survive a round trip)
            var row = new AuditEntry
            {
                Sequence = ++_sequence, At = DateTime.SpecifyKind(at, DateTimeKind.Utc), UserId = c.UserId, UserName = c.UserName,
                StationId = c.StationId, Entity = type.ShortName(), EntityKey = KeyOf(type, c.Entity), Action = AuditAction.Create,
                Changes = AuditChanges.ForCreated(type, c.Entity, keys),
            };
            var hash = AuditChain.Seal(keys, ++_position, SealedLog.Audit, AuditChain.Canonical(row), _hash);
            seals.Add(new AuditSeal
            {
                Position = _position, Log = SealedLog.Audit, AuditSequence = row.Sequence, SealedAt = row.At, PreviousHash = _hash, Hash = hash,
            });
            _hash = hash;
            rows.Add(row);
        }
        return (rows, seals);
    }

    /// <summary>Moves the head, and (PostgreSQL) the audit table's identity past the rows written with explicit numbers.</summary>
    public async Task SaveHeadAsync()
    {
        await db.AuditHeads.Where(h => h.Id == 1).ExecuteUpdateAsync(s => s.SetProperty(h => h.LastSequence, _position).SetProperty(h => h.LastHash, _hash));
        if (db.IsPostgres)
            await db.Database.ExecuteSqlRawAsync(
                """SELECT setval(pg_get_serial_sequence('platform_audit', 'Sequence'), GREATEST((SELECT MAX("Sequence") FROM platform_audit), 1))""");
    }

    private static string KeyOf(IEntityType type, object entity) =>
        string.Join(",", type.FindPrimaryKey()!.Properties.Select(p => p.GetGetter().GetClrValue(entity)));
}
