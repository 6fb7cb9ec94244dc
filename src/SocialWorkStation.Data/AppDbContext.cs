using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using SocialWorkStation.Platform;
using SocialWorkStation.Platform.Approvals;
using SocialWorkStation.Platform.Archives;
using SocialWorkStation.Platform.Attachments;
using SocialWorkStation.Platform.Audit;
using SocialWorkStation.Platform.Common;
using SocialWorkStation.Platform.Identity;
using SocialWorkStation.Platform.Modules;
using SocialWorkStation.Platform.Numbering;
using SocialWorkStation.Platform.Permissions;
using SocialWorkStation.Platform.Staff;
using SocialWorkStation.Platform.Stations;

namespace SocialWorkStation.Data;

/// <summary>The one context. Provider-specific subclasses exist only to keep one migration set per provider.</summary>
public abstract partial class AppDbContext(DbContextOptions options, ICurrentUser currentUser, TimeProvider clock, IEnumerable<AppModule> modules)
    : IdentityDbContext<AppUser, AppRole, Guid>(options), IPlatformDb, IDataProtectionKeyContext
{
    public DbSet<Organisation> Organisations => Set<Organisation>();
    public DbSet<Station> Stations => Set<Station>();
    public DbSet<UserStation> UserStations => Set<UserStation>();
    public DbSet<RolePermission> RolePermissions => Set<RolePermission>();
    public DbSet<RolledOutDefault> RolledOutDefaults => Set<RolledOutDefault>();
    public DbSet<LoginEvent> LoginEvents => Set<LoginEvent>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<AuditHead> AuditHeads => Set<AuditHead>();
    public DbSet<AuditSeal> AuditSeals => Set<AuditSeal>();
    public DbSet<AccessLogEntry> AccessLog => Set<AccessLogEntry>();
    public DbSet<ApprovalFlow> ApprovalFlows => Set<ApprovalFlow>();
    public DbSet<ApprovalRequest> ApprovalRequests => Set<ApprovalRequest>();
    public DbSet<Attachment> Attachments => Set<Attachment>();
    public DbSet<StoredFileChunk> FileChunks => Set<StoredFileChunk>();
    public DbSet<ArchiveHandOff> ArchiveHandOffs => Set<ArchiveHandOff>();
    public DbSet<NumberSequence> NumberSequences => Set<NumberSequence>();
    public DbSet<StaffRecord> Staff => Set<StaffRecord>();
    public DbSet<StaffStation> StaffStations => Set<StaffStation>();
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();
    DbSet<IdentityUserRole<Guid>> IPlatformDb.UserRoles => UserRoles;

    public abstract bool IsPostgres { get; }

    /// <summary>Start-up, seeding and CLI contexts (the system user) see every station; their model has no station filter.
    /// Decided when the context is created, and part of the model cache key (<see cref="StationFilterModelCacheKey"/>),
    /// so a user's queries carry a plain <c>StationId IN (…)</c> that the index serves, never <c>@unrestricted OR …</c>,
    /// which both SQLite and PostgreSQL answer with a full table scan.</summary>
    internal bool Unrestricted { get; } = currentUser.IsSystem;

    // Read by the station query filter on every query; EF parameterises context members.
    private IReadOnlyList<Guid> VisibleStationIds => currentUser.VisibleStationIds;

    protected override void OnConfiguring(DbContextOptionsBuilder options) =>
        options.ReplaceService<IModelCacheKeyFactory, StationFilterModelCacheKey>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);
        // The modules come from the host's catalog (DI at run time, the design-time factories for migrations).
        foreach (var module in modules) module.ConfigureModel(builder);
        builder.Entity<DataProtectionKey>().ToTable("platform_data_protection_key");
        ApplyConventions(builder);
    }

    private void ApplyConventions(ModelBuilder builder)
    {
        foreach (var type in builder.Model.GetEntityTypes().Where(t => t.BaseType is null && !t.IsOwned()).ToList())
        {
            // Keys are Guid v7 set by the code, so an entity added through a navigation is recognised as new.
            if (type.FindPrimaryKey()?.Properties is [{ ClrType: var keyType } key] && keyType == typeof(Guid))
                builder.Entity(type.ClrType).Property(key.Name).ValueGeneratedNever();
            if (typeof(IVersioned).IsAssignableFrom(type.ClrType))
                builder.Entity(type.ClrType).Property(nameof(IVersioned.Version)).IsConcurrencyToken();
            if (typeof(IStationOwned).IsAssignableFrom(type.ClrType))
            {
                builder.Entity(type.ClrType).HasIndex(nameof(IStationOwned.StationId));
                if (Unrestricted) continue;
                typeof(AppDbContext).GetMethod(nameof(FilterByStation), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance)!
                    .MakeGenericMethod(type.ClrType).Invoke(this, [builder]);
            }
        }
    }

    private void FilterByStation<T>(ModelBuilder builder) where T : class, IStationOwned =>
        builder.Entity<T>().HasQueryFilter(e => VisibleStationIds.Contains(e.StationId));
}

internal sealed class StationFilterModelCacheKey : IModelCacheKeyFactory
{
    public object Create(DbContext context, bool designTime) =>
        (context.GetType(), context is AppDbContext { Unrestricted: true }, designTime);
}
