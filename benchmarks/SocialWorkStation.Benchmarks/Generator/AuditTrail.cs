using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using SocialWorkStation.Data;
using SocialWorkStation.Platform.Audit;

namespace SocialWorkStation.Benchmarks.Generator;

/// <summary>A row the generator created, with who created it and when: each becomes one audit row.</summary>
internal readonly record struct Created(object Entity, DateTime At, Guid? UserId, string UserName, Guid StationId);

/// <summary>Continues the audit hash chain after the rows SaveChanges wrote (C7.3.2): the same Changes JSON
/// (<see cref="AuditChanges"/>) and the same hash (<see cref="AuditChain"/>), so `verify-audit` checks the whole data set.</summary>
internal sealed class AuditTrail(AppDbContext db)
{
    private long _sequence;
    private string _hash = "";

    public async Task LoadHeadAsync()
    {
        var head = await db.AuditHeads.AsNoTracking().SingleAsync();
        (_sequence, _hash) = (head.LastSequence, head.LastHash);
    }

    /// <summary>The audit rows of <paramref name="created"/> in creation order, chained onto the current tip.</summary>
    public List<AuditEntry> Append(IEnumerable<Created> created)
    {
        var rows = new List<AuditEntry>();
        foreach (var c in created.OrderBy(c => c.At))
        {
            var type = db.Model.FindEntityType(c.Entity.GetType())!;
            var at = c.At.AddTicks(-(c.At.Ticks % 10)); // microseconds, as PostgreSQL keeps them (the hash must survive a round trip)
            var row = new AuditEntry
            {
                Sequence = ++_sequence, At = DateTime.SpecifyKind(at, DateTimeKind.Utc), UserId = c.UserId, UserName = c.UserName,
                StationId = c.StationId, Entity = type.ShortName(), EntityKey = KeyOf(type, c.Entity), Action = AuditAction.Create,
                Changes = AuditChanges.ForCreated(type, c.Entity), PreviousHash = _hash,
            };
            row.Hash = _hash = AuditChain.ComputeHash(row);
            rows.Add(row);
        }
        return rows;
    }

    public Task SaveHeadAsync() =>
        db.AuditHeads.Where(h => h.Id == 1).ExecuteUpdateAsync(s => s.SetProperty(h => h.LastSequence, _sequence).SetProperty(h => h.LastHash, _hash));

    private static string KeyOf(IEntityType type, object entity) =>
        string.Join(",", type.FindPrimaryKey()!.Properties.Select(p => p.GetGetter().GetClrValue(entity)));
}
