using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using SocialWorkStation.Modules.Rectification.Domain;
using SocialWorkStation.Platform.Identity;
using SocialWorkStation.Platform.Modules;
using SocialWorkStation.Platform.Permissions;
using SocialWorkStation.Platform.Stations;

namespace SocialWorkStation.Modules.Rectification.Data;

/// <summary>The Rectification module's view of the one AppDbContext. People are referenced by user id; the platform's
/// user, role and station sets are here so names and the action-owner rule are read in the same query.</summary>
internal sealed class RectificationDb(IModuleDb db) : ModuleDb(db)
{
    public DbSet<Finding> Findings => Set<Finding>();
    public DbSet<CorrectiveAction> Actions => Set<CorrectiveAction>();
    public DbSet<FindingEvent> Events => Set<FindingEvent>();

    public DbSet<AppUser> Users => Set<AppUser>();
    public DbSet<UserStation> UserStations => Set<UserStation>();
    public DbSet<IdentityUserRole<Guid>> UserRoles => Set<IdentityUserRole<Guid>>();
    public DbSet<RolePermission> RolePermissions => Set<RolePermission>();
}
