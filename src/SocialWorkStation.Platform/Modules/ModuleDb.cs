using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace SocialWorkStation.Platform.Modules;

/// <summary>The one AppDbContext as every module sees it: sets by entity type, nothing module-specific. Data implements
/// it, so Data never references a module.</summary>
public interface IModuleDb
{
    DbSet<T> Set<T>() where T : class;
    DatabaseFacade Database { get; }
    bool IsPostgres { get; }
    Task<int> SaveChangesAsync(CancellationToken cancellationToken = default);
}

/// <summary>Base of a module's own view of the database (<c>CasesDb</c>): the module names its sets as properties
/// (<c>public DbSet&lt;Case&gt; Cases =&gt; Set&lt;Case&gt;();</c>) (registered by convention as a scoped service).</summary>
public abstract class ModuleDb(IModuleDb db) : IModuleDb
{
    public DbSet<T> Set<T>() where T : class => db.Set<T>();
    public DatabaseFacade Database => db.Database;
    public bool IsPostgres => db.IsPostgres;
    public Task<int> SaveChangesAsync(CancellationToken cancellationToken = default) => db.SaveChangesAsync(cancellationToken);
}

public static class ModuleDbExtensions
{
    /// <summary>Saves the tracked changes and then runs <paramref name="alsoInTransaction"/> (set-based SQL such as an atomic
    /// counter update) in the same transaction (the caller's, if it has one): both commit or neither does.</summary>
    public static async Task SaveWithAsync(this IModuleDb db, Func<CancellationToken, Task> alsoInTransaction, CancellationToken ct)
    {
        if (db.Database.CurrentTransaction is not null)
        {
            await db.SaveChangesAsync(ct);
            await alsoInTransaction(ct);
            return;
        }
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        await db.SaveChangesAsync(ct);
        await alsoInTransaction(ct);
        await tx.CommitAsync(ct);
    }
}
