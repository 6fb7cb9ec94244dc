using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SocialWorkStation.Platform.Approvals;
using SocialWorkStation.Platform.Attachments;
using SocialWorkStation.Platform.Audit;
using SocialWorkStation.Platform.Identity;
using SocialWorkStation.Platform.Numbering;
using SocialWorkStation.Platform.Permissions;
using SocialWorkStation.Platform.Stations;

namespace SocialWorkStation.Data.Configurations;

internal sealed class OrganisationConfiguration : IEntityTypeConfiguration<Organisation>
{
    public void Configure(EntityTypeBuilder<Organisation> b)
    {
        b.ToTable("platform_organisation");
        b.HasOne<Organisation>().WithMany().HasForeignKey(o => o.ParentId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class StationConfiguration : IEntityTypeConfiguration<Station>
{
    public void Configure(EntityTypeBuilder<Station> b)
    {
        b.ToTable("platform_station");
        b.HasIndex(s => s.Code).IsUnique();
        b.HasOne<Organisation>().WithMany().HasForeignKey(s => s.OrganisationId);
    }
}

internal sealed class UserStationConfiguration : IEntityTypeConfiguration<UserStation>
{
    public void Configure(EntityTypeBuilder<UserStation> b)
    {
        b.ToTable("platform_user_station");
        b.HasKey(x => new { x.UserId, x.StationId });
        b.HasOne<AppUser>().WithMany().HasForeignKey(x => x.UserId);
        b.HasOne<Station>().WithMany().HasForeignKey(x => x.StationId);
    }
}

internal sealed class IdentityTablesConfiguration :
    IEntityTypeConfiguration<AppUser>, IEntityTypeConfiguration<AppRole>, IEntityTypeConfiguration<IdentityUserRole<Guid>>,
    IEntityTypeConfiguration<IdentityUserClaim<Guid>>, IEntityTypeConfiguration<IdentityUserLogin<Guid>>,
    IEntityTypeConfiguration<IdentityRoleClaim<Guid>>, IEntityTypeConfiguration<IdentityUserToken<Guid>>
{
    public void Configure(EntityTypeBuilder<AppUser> b)
    {
        b.ToTable("platform_user");
        b.HasOne<Organisation>().WithMany().HasForeignKey(u => u.OrganisationId);
    }

    public void Configure(EntityTypeBuilder<AppRole> b) => b.ToTable("platform_role");
    public void Configure(EntityTypeBuilder<IdentityUserRole<Guid>> b) => b.ToTable("platform_user_role");
    public void Configure(EntityTypeBuilder<IdentityUserClaim<Guid>> b) => b.ToTable("platform_user_claim");
    public void Configure(EntityTypeBuilder<IdentityUserLogin<Guid>> b) => b.ToTable("platform_user_login");
    public void Configure(EntityTypeBuilder<IdentityRoleClaim<Guid>> b) => b.ToTable("platform_role_claim");
    public void Configure(EntityTypeBuilder<IdentityUserToken<Guid>> b) => b.ToTable("platform_user_token");
}

internal sealed class RolePermissionConfiguration : IEntityTypeConfiguration<RolePermission>
{
    public void Configure(EntityTypeBuilder<RolePermission> b)
    {
        b.ToTable("platform_role_permission");
        b.HasKey(x => new { x.RoleId, x.Permission });
        b.Property(x => x.Permission).HasMaxLength(100);
        b.HasOne<AppRole>().WithMany().HasForeignKey(x => x.RoleId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class LoginEventConfiguration : IEntityTypeConfiguration<LoginEvent>
{
    public void Configure(EntityTypeBuilder<LoginEvent> b)
    {
        b.ToTable("platform_login_event");
        b.HasIndex(x => x.At);
        b.HasIndex(x => x.UserId);
    }
}

internal sealed class AuditConfiguration :
    IEntityTypeConfiguration<AuditEntry>, IEntityTypeConfiguration<AuditHead>, IEntityTypeConfiguration<AccessLogEntry>,
    IEntityTypeConfiguration<AuditSeal>
{
    public void Configure(EntityTypeBuilder<AuditEntry> b)
    {
        b.ToTable("platform_audit");
        b.HasKey(x => x.Sequence);
        // Identity: writers take no lock to number their rows; the sealer gives the chain its order (docs/adr/016).
        b.Property(x => x.Sequence).ValueGeneratedOnAdd();
        b.Property(x => x.Action).HasConversion<string>().HasMaxLength(10);
        b.HasIndex(x => new { x.Entity, x.EntityKey });
        b.HasIndex(x => x.At);
        b.HasIndex(x => x.StationId);
    }

    public void Configure(EntityTypeBuilder<AuditSeal> b)
    {
        b.ToTable("platform_audit_seal");
        b.HasKey(x => x.Position);
        b.Property(x => x.Position).ValueGeneratedNever();
        b.Property(x => x.Log).HasConversion<string>().HasMaxLength(10);
        // A row is sealed once; the sealer's anti-join looks rows up here.
        b.HasIndex(x => x.AuditSequence).IsUnique();
        b.HasIndex(x => x.EntryId).IsUnique();
    }

    public void Configure(EntityTypeBuilder<AuditHead> b)
    {
        b.ToTable("platform_audit_head");
        b.Property(x => x.Id).ValueGeneratedNever();
        b.HasData(new AuditHead { Id = 1, LastSequence = 0, LastHash = "" });
    }

    public void Configure(EntityTypeBuilder<AccessLogEntry> b)
    {
        b.ToTable("platform_access_log");
        b.HasIndex(x => new { x.Entity, x.EntityKey });
        b.HasIndex(x => x.At);
        // The identifier-lookup limit counts a user's recent lookups (Protection/IdentifierLookups).
        b.HasIndex(x => new { x.UserId, x.At });
        b.HasIndex(x => x.StationId);
    }
}

internal sealed class ApprovalConfiguration :
    IEntityTypeConfiguration<ApprovalFlow>, IEntityTypeConfiguration<ApprovalFlowStep>, IEntityTypeConfiguration<ApprovalRequest>,
    IEntityTypeConfiguration<ApprovalRequestStep>, IEntityTypeConfiguration<ApprovalAction>
{
    public void Configure(EntityTypeBuilder<ApprovalFlow> b)
    {
        b.ToTable("platform_approval_flow");
        b.HasIndex(x => new { x.OrganisationId, x.StationId, x.SubjectType }).IsUnique();
        b.HasMany(x => x.Steps).WithOne().HasForeignKey(s => s.FlowId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<ApprovalFlowStep> b) => b.ToTable("platform_approval_flow_step");

    public void Configure(EntityTypeBuilder<ApprovalRequest> b)
    {
        b.ToTable("platform_approval_request");
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
        b.HasIndex(x => new { x.StationId, x.Status });
        b.HasIndex(x => new { x.SubjectType, x.SubjectId });
        b.HasMany(x => x.Steps).WithOne().HasForeignKey(s => s.RequestId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.History).WithOne().HasForeignKey(s => s.RequestId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<ApprovalRequestStep> b) => b.ToTable("platform_approval_request_step");

    public void Configure(EntityTypeBuilder<ApprovalAction> b)
    {
        b.ToTable("platform_approval_action");
        b.Property(x => x.Decision).HasConversion<string>().HasMaxLength(20);
    }
}

internal sealed class AttachmentConfiguration : IEntityTypeConfiguration<Attachment>
{
    public void Configure(EntityTypeBuilder<Attachment> b)
    {
        b.ToTable("platform_attachment");
        b.HasIndex(x => new { x.OwnerType, x.OwnerId });
    }
}

internal sealed class StoredFileChunkConfiguration : IEntityTypeConfiguration<StoredFileChunk>
{
    public void Configure(EntityTypeBuilder<StoredFileChunk> b)
    {
        b.ToTable("platform_file_chunk");
        b.HasKey(x => new { x.Key, x.Seq });
        b.Property(x => x.Key).HasMaxLength(32);
    }
}

internal sealed class NumberSequenceConfiguration : IEntityTypeConfiguration<NumberSequence>
{
    public void Configure(EntityTypeBuilder<NumberSequence> b)
    {
        b.ToTable("platform_number_sequence");
        b.HasKey(x => new { x.StationId, x.Kind, x.Year });
        b.Property(x => x.Kind).HasMaxLength(20);
    }
}
