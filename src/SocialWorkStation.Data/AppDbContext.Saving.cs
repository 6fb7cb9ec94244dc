using System.Text.Json;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Storage;
using SocialWorkStation.Platform.Audit;
using SocialWorkStation.Platform.Common;

namespace SocialWorkStation.Data;

/// <summary>Thrown when a write touches another station's row; the API and pages answer 404 (never 403).</summary>
public sealed class StationAccessException() : Exception("该记录不存在或不属于当前社工站。");

public abstract partial class AppDbContext
{
    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        SaveCoreAsync(acceptAllChangesOnSuccess, isAsync: false, CancellationToken.None).GetAwaiter().GetResult();

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default) =>
        SaveCoreAsync(acceptAllChangesOnSuccess, isAsync: true, cancellationToken);

    private async Task<int> SaveCoreAsync(bool acceptAll, bool isAsync, CancellationToken ct)
    {
        ChangeTracker.DetectChanges();
        var changed = ChangeTracker.Entries()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted).ToList();
        foreach (var entry in changed) EnforceWriteRules(entry);
        var captured = changed.Where(e => e.Entity is not INotAudited and not DataProtectionKey).Select(Capture).ToList();
        // Inside a caller's transaction the caller already holds (or queues for) SQLite's write lock: no second gate.
        using var turn = changed.Count > 0 && !IsPostgres && Database.CurrentTransaction is null
            ? await SqliteWriteGate.EnterAsync(Database.GetConnectionString()!, isAsync, ct) : null;
        if (captured.Count == 0) return await BaseSave(acceptAll, isAsync, ct);

        // Entity changes and their audit rows commit together or not at all (C7.3.2).
        IDbContextTransaction? own = null;
        if (Database.CurrentTransaction is null)
            own = isAsync ? await Database.BeginTransactionAsync(ct) : Database.BeginTransaction();
        try
        {
            var count = await BaseSave(acceptAll, isAsync, ct);
            await AppendAuditAsync(captured, isAsync, ct);
            if (own is not null)
            {
                if (isAsync) await own.CommitAsync(ct); else own.Commit();
            }
            return count;
        }
        finally
        {
            if (own is not null) await own.DisposeAsync();
        }
    }

    private async Task<int> BaseSave(bool acceptAll, bool isAsync, CancellationToken ct) =>
        isAsync ? await base.SaveChangesAsync(acceptAll, ct) : base.SaveChanges(acceptAll);

    private void EnforceWriteRules(EntityEntry entry)
    {
        if (entry.Entity is AuditEntry && entry.State != EntityState.Added)
            throw new InvalidOperationException("审计日志只能追加，不能修改或删除。");

        if (entry.Entity is IStationOwned owned && !currentUser.IsSystem)
        {
            if (entry.State == EntityState.Added && owned.StationId == Guid.Empty)
                owned.StationId = currentUser.StationId ?? throw new StationAccessException();
            var original = entry.State == EntityState.Added ? owned.StationId
                : entry.Property(nameof(IStationOwned.StationId)).OriginalValue as Guid? ?? Guid.Empty;
            if (!currentUser.VisibleStationIds.Contains(owned.StationId) || !currentUser.VisibleStationIds.Contains(original))
                throw new StationAccessException();
        }

        if (entry is { State: EntityState.Modified, Entity: IVersioned versioned })
        {
            var token = entry.Property(nameof(IVersioned.Version));
            versioned.Version = (long)token.OriginalValue! + 1;
        }
    }

    private sealed record Captured(EntityEntry Entry, AuditAction Action, string? DeletedKey, Dictionary<string, object?[]> Changes);

    private static Captured Capture(EntityEntry entry)
    {
        var changes = new Dictionary<string, object?[]>();
        foreach (var p in entry.Properties)
        {
            if (entry.State == EntityState.Modified && (!p.IsModified || Equals(p.OriginalValue, p.CurrentValue))) continue;
            object? Show(object? v) => AuditChanges.Show(p.Metadata, v);
            changes[p.Metadata.Name] = entry.State switch
            {
                EntityState.Added => [null, Show(p.CurrentValue)],
                EntityState.Deleted => [Show(p.OriginalValue), null],
                _ => [Show(p.OriginalValue), Show(p.CurrentValue)],
            };
        }
        var action = entry.State switch
        {
            EntityState.Added => AuditAction.Create,
            EntityState.Deleted => AuditAction.Delete,
            _ => AuditAction.Update,
        };
        return new Captured(entry, action, action == AuditAction.Delete ? KeyOf(entry) : null, changes);
    }

    private static string KeyOf(EntityEntry entry) =>
        string.Join(",", entry.Metadata.FindPrimaryKey()!.Properties.Select(p => entry.Property(p.Name).CurrentValue));

    private async Task AppendAuditAsync(List<Captured> captured, bool isAsync, CancellationToken ct)
    {
        // Lock the chain's tip first: PostgreSQL row lock / SQLite write lock, held until commit.
        const string lockSql = """UPDATE platform_audit_head SET "LastSequence" = "LastSequence" WHERE "Id" = 1""";
        if (isAsync) await Database.ExecuteSqlRawAsync(lockSql, ct); else Database.ExecuteSqlRaw(lockSql);
        var head = isAsync
            ? await AuditHeads.AsNoTracking().SingleAsync(ct)
            : AuditHeads.AsNoTracking().Single();

        var now = clock.GetUtcNow().UtcDateTime;
        now = now.AddTicks(-(now.Ticks % 10)); // PostgreSQL keeps microseconds; the hash must survive a round trip
        var rows = new List<AuditEntry>(captured.Count);
        foreach (var c in captured)
        {
            var row = new AuditEntry
            {
                Sequence = head.LastSequence + rows.Count + 1,
                At = now,
                UserId = currentUser.IsAuthenticated ? currentUser.Id : null,
                UserName = currentUser.UserName,
                StationId = (c.Entry.Entity as IStationOwned)?.StationId ?? currentUser.StationId,
                Entity = c.Entry.Metadata.ShortName(),
                EntityKey = c.DeletedKey ?? KeyOf(c.Entry),
                Action = c.Action,
                Changes = JsonSerializer.Serialize(c.Changes, AuditChanges.JsonOptions),
                PreviousHash = rows.Count == 0 ? head.LastHash : rows[^1].Hash,
            };
            row.Hash = AuditChain.ComputeHash(row);
            rows.Add(row);
        }
        AuditEntries.AddRange(rows);
        var last = rows[^1];
        if (isAsync)
        {
            await base.SaveChangesAsync(true, ct);
            await AuditHeads.Where(h => h.Id == 1).ExecuteUpdateAsync(
                s => s.SetProperty(h => h.LastSequence, last.Sequence).SetProperty(h => h.LastHash, last.Hash), ct);
        }
        else
        {
            base.SaveChanges(true);
            AuditHeads.Where(h => h.Id == 1).ExecuteUpdate(
                s => s.SetProperty(h => h.LastSequence, last.Sequence).SetProperty(h => h.LastHash, last.Hash));
        }
        foreach (var row in rows) Entry(row).State = EntityState.Detached;
    }
}
