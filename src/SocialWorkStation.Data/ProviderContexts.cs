using Microsoft.EntityFrameworkCore;
using SocialWorkStation.Platform.Identity;
using SocialWorkStation.Platform.Modules;

namespace SocialWorkStation.Data;

public sealed class SqliteAppDbContext(DbContextOptions<SqliteAppDbContext> options, ICurrentUser user, TimeProvider clock, IEnumerable<AppModule> modules)
    : AppDbContext(options, user, clock, modules)
{
    public override bool IsPostgres => false;
}

public sealed class PostgresAppDbContext(DbContextOptions<PostgresAppDbContext> options, ICurrentUser user, TimeProvider clock, IEnumerable<AppModule> modules)
    : AppDbContext(options, user, clock, modules)
{
    public override bool IsPostgres => true;
}
