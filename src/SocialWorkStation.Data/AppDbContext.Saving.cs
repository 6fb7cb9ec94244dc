using System.Text.Json;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using SocialWorkStation.Platform.Audit;
using SocialWorkStation.Platform.Common;
using SocialWorkStation.Platform.Identity;
using SocialWorkStation.Platform.Protection;

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
        var captured = changed.Where(e => e.Entity is not INotAudited and not DataProtectionKey).Select(e => Capture(e, this.GetService<IPersonalDataProtector>())).ToList();
        // Inside a caller's transaction the caller already holds (or queues for) SQLite's write lock: no second gate.
        using var turn = changed.Count > 0 && Database.CurrentTransaction is null ? await WriteTurnAsync(isAsync, ct) : null;
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

    /// <summary>On SQLite, this process's turn to write (<see cref="SqliteWriteGate"/>), to hold for a whole write
    /// transaction; PostgreSQL needs none (null).</summary>
    internal async Task<IDisposable?> WriteTurnAsync(bool isAsync, CancellationToken ct) =>
        IsPostgres ? null : await SqliteWriteGate.EnterAsync(Database.GetConnectionString()!, isAsync, ct);

    private async Task<int> BaseSave(bool acceptAll, bool isAsync, CancellationToken ct) =>
        isAsync ? await base.SaveChangesAsync(acceptAll, ct) : base.SaveChanges(acceptAll);

    private void EnforceWriteRules(EntityEntry entry)
    {
        // The security logs are append-only (C7.3.2); on PostgreSQL the app's role also lacks UPDATE/DELETE on them.
        if (entry.Entity is AuditEntry or AuditSeal or AccessLogEntry or LoginEvent && entry.State != EntityState.Added)
            throw new InvalidOperationException("审计日志、访问日志和登录记录只能追加，不能修改或删除。");

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

    private static Captured Capture(EntityEntry entry, IPersonalDataProtector keys)
    {
        var changes = new Dictionary<string, object?[]>();
        foreach (var p in entry.Properties)
        {
            if (entry.State == EntityState.Modified && (!p.IsModified || Equals(p.OriginalValue, p.CurrentValue))) continue;
            object? Show(object? v) => AuditChanges.Show(p.Metadata, v, keys);
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

    /// <summary>Adds the audit rows to the caller's transaction without a hash and without touching the chain's head:
    /// writers no longer queue on one row. The sealer chains them after commit (docs/adr/016).</summary>
    private async Task AppendAuditAsync(List<Captured> captured, bool isAsync, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        now = now.AddTicks(-(now.Ticks % 10)); // PostgreSQL keeps microseconds; the seal must survive a round trip
        var rows = captured.Select(c => new AuditEntry
        {
            At = now,
            UserId = currentUser.IsAuthenticated ? currentUser.Id : null,
            UserName = currentUser.UserName,
            StationId = (c.Entry.Entity as IStationOwned)?.StationId ?? currentUser.StationId,
            Entity = c.Entry.Metadata.ShortName(),
            EntityKey = c.DeletedKey ?? KeyOf(c.Entry),
            Action = c.Action,
            Changes = JsonSerializer.Serialize(c.Changes, AuditChanges.JsonOptions),
        }).ToList();
        AuditEntries.AddRange(rows);
        if (isAsync) await base.SaveChangesAsync(true, ct); else base.SaveChanges(true);
        foreach (var row in rows) Entry(row).State = EntityState.Detached;
    }
}
