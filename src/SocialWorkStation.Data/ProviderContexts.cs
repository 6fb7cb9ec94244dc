using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using SocialWorkStation.Platform.Identity;

namespace SocialWorkStation.Data;

public sealed class SqliteAppDbContext(DbContextOptions<SqliteAppDbContext> options, ICurrentUser user, TimeProvider clock)
    : AppDbContext(options, user, clock)
{
    public override bool IsPostgres => false;
}

public sealed class PostgresAppDbContext(DbContextOptions<PostgresAppDbContext> options, ICurrentUser user, TimeProvider clock)
    : AppDbContext(options, user, clock)
{
    public override bool IsPostgres => true;
}

/// <summary>Used by `dotnet ef` only (scripts/add-migration.sh); never at run time.</summary>
internal sealed class SqliteDesignFactory : IDesignTimeDbContextFactory<SqliteAppDbContext>
{
    public SqliteAppDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteAppDbContext>().UseSqlite("Data Source=design.db").Options,
            SystemUser.Instance, TimeProvider.System);
}

internal sealed class PostgresDesignFactory : IDesignTimeDbContextFactory<PostgresAppDbContext>
{
    public PostgresAppDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresAppDbContext>().UseNpgsql("Host=localhost;Database=design").Options,
            SystemUser.Instance, TimeProvider.System);
}
