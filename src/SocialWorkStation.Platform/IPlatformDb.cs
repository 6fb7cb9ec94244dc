using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using SocialWorkStation.Platform.Approvals;
using SocialWorkStation.Platform.Archives;
using SocialWorkStation.Platform.Attachments;
using SocialWorkStation.Platform.Audit;
using SocialWorkStation.Platform.Identity;
using SocialWorkStation.Platform.Numbering;
using SocialWorkStation.Platform.Permissions;
using SocialWorkStation.Platform.Staff;
using SocialWorkStation.Platform.Stations;

namespace SocialWorkStation.Platform;

/// <summary>The platform's view of the one AppDbContext (ARCHITECTURE: each module sees it through a small interface).</summary>
public interface IPlatformDb : Modules.IModuleDb
{
    DbSet<Organisation> Organisations { get; }
    DbSet<Station> Stations { get; }
    DbSet<UserStation> UserStations { get; }
    DbSet<AppUser> Users { get; }
    DbSet<AppRole> Roles { get; }
    DbSet<IdentityUserRole<Guid>> UserRoles { get; }
    DbSet<RolePermission> RolePermissions { get; }
    DbSet<RolledOutDefault> RolledOutDefaults { get; }
    DbSet<LoginEvent> LoginEvents { get; }
    DbSet<AuditEntry> AuditEntries { get; }
    DbSet<AuditHead> AuditHeads { get; }
    DbSet<AuditSeal> AuditSeals { get; }
    DbSet<AccessLogEntry> AccessLog { get; }
    DbSet<ApprovalFlow> ApprovalFlows { get; }
    DbSet<ApprovalRequest> ApprovalRequests { get; }
    DbSet<Attachment> Attachments { get; }
    DbSet<ArchiveHandOff> ArchiveHandOffs { get; }
    DbSet<NumberSequence> NumberSequences { get; }
    DbSet<StaffRecord> Staff { get; }
    DbSet<StaffStation> StaffStations { get; }
}
