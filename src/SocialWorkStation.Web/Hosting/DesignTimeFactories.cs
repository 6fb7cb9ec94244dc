using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using SocialWorkStation.Data;
using SocialWorkStation.Platform.Identity;

namespace SocialWorkStation.Web.Hosting;

/// <summary>Used by `dotnet ef` only (scripts/add-migration.sh, scripts/check-migrations.sh, with this project as the
/// startup project); never at run time. They live in the host because the model is the platform plus the catalog's modules.</summary>
internal sealed class SqliteDesignFactory : IDesignTimeDbContextFactory<SqliteAppDbContext>
{
    public SqliteAppDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteAppDbContext>().UseSqlite("Data Source=design.db").Options,
            SystemUser.Instance, TimeProvider.System, ModuleCatalog.All);
}

internal sealed class PostgresDesignFactory : IDesignTimeDbContextFactory<PostgresAppDbContext>
{
    public PostgresAppDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresAppDbContext>().UseNpgsql("Host=localhost;Database=design").Options,
            SystemUser.Instance, TimeProvider.System, ModuleCatalog.All);
}
