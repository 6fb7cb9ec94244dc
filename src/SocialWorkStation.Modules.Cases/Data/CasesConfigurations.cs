using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SocialWorkStation.Modules.Cases.Domain;
using SocialWorkStation.Platform.Persistence;

namespace SocialWorkStation.Modules.Cases.Data;

internal sealed class ClientConfiguration : IEntityTypeConfiguration<Client>, IEntityTypeConfiguration<HouseholdMember>,
    IEntityTypeConfiguration<Consent>, IEntityTypeConfiguration<ClientShare>
{
    public void Configure(EntityTypeBuilder<Client> b)
    {
        b.ToTable("cases_client");
        b.HasIndex(c => new { c.StationId, c.IdNumberIndex });
        b.HasIndex(c => new { c.StationId, c.NameBirthIndex });
        b.Property(c => c.LegacyBirthDate).HasColumnName("BirthDate");
        b.HasMany(c => c.Household).WithOne().HasForeignKey(m => m.ClientId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(c => c.Consents).WithOne().HasForeignKey(m => m.ClientId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(c => c.Shares).WithOne().HasForeignKey(m => m.ClientId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<HouseholdMember> b) => b.ToTable("cases_household_member");
    public void Configure(EntityTypeBuilder<Consent> b) => b.ToTable("cases_consent");

    public void Configure(EntityTypeBuilder<ClientShare> b)
    {
        b.ToTable("cases_client_share");
        b.HasIndex(s => new { s.ClientId, s.UserId }).IsUnique();
    }
}

internal sealed class CaseConfiguration : IEntityTypeConfiguration<Case>, IEntityTypeConfiguration<CaseEvent>
{
    public void Configure(EntityTypeBuilder<Case> b)
    {
        b.ToTable("cases_case");
        b.HasOne(c => c.Client).WithMany().HasForeignKey(c => c.ClientId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(c => new { c.StationId, c.Number }).IsUnique();
        b.HasIndex(c => new { c.StationId, c.Status, c.WorkerId, c.LastContactOn });
        b.HasIndex(c => c.ClientId);
    }

    public void Configure(EntityTypeBuilder<CaseEvent> b)
    {
        b.ToTable("cases_case_event");
        b.HasIndex(e => new { e.CaseId, e.At });
    }
}

internal sealed class AssessmentConfiguration : IEntityTypeConfiguration<AssessmentTemplate>, IEntityTypeConfiguration<Assessment>
{
    public void Configure(EntityTypeBuilder<AssessmentTemplate> b)
    {
        b.ToTable("cases_assessment_template");
        b.Property(t => t.Sections).HasJson();
    }

    public void Configure(EntityTypeBuilder<Assessment> b)
    {
        b.ToTable("cases_assessment");
        b.Property(a => a.Answers).HasJson();
        b.Property(a => a.Needs).HasJson();
        b.HasIndex(a => a.CaseId);
    }
}

internal sealed class DeliveryConfiguration : IEntityTypeConfiguration<ServicePlan>, IEntityTypeConfiguration<ServiceRecord>,
    IEntityTypeConfiguration<Activity>, IEntityTypeConfiguration<ActivityParticipant>, IEntityTypeConfiguration<ProgressReview>
{
    public void Configure(EntityTypeBuilder<ServicePlan> b)
    {
        b.ToTable("cases_plan");
        b.Property(p => p.Goals).HasJson();
        b.Property(p => p.ResponsibleStaffIds).HasJson();
        b.HasIndex(p => new { p.CaseId, p.VersionNo }).IsUnique();
    }

    public void Configure(EntityTypeBuilder<ServiceRecord> b)
    {
        b.ToTable("cases_service_record");
        b.HasIndex(r => new { r.CaseId, r.ServiceDate });
        b.HasIndex(r => new { r.StationId, r.ServiceDate });
    }

    public void Configure(EntityTypeBuilder<Activity> b)
    {
        b.ToTable("cases_activity");
        b.HasMany(a => a.Participants).WithOne().HasForeignKey(p => p.ActivityId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(a => new { a.StationId, a.Date });
    }

    public void Configure(EntityTypeBuilder<ActivityParticipant> b)
    {
        b.ToTable("cases_activity_participant");
        b.HasIndex(p => new { p.ActivityId, p.ClientId }).IsUnique();
    }

    public void Configure(EntityTypeBuilder<ProgressReview> b)
    {
        b.ToTable("cases_progress_review");
        b.Property(r => r.Scores).HasJson();
        b.HasIndex(r => r.CaseId);
    }
}

internal sealed class ClosureConfiguration : IEntityTypeConfiguration<CaseClosure>, IEntityTypeConfiguration<FollowUp>
{
    public void Configure(EntityTypeBuilder<CaseClosure> b)
    {
        b.ToTable("cases_closure");
        b.HasIndex(c => c.CaseId);
    }

    public void Configure(EntityTypeBuilder<FollowUp> b)
    {
        b.ToTable("cases_follow_up");
        b.HasIndex(f => new { f.CaseId, f.DueOn });
        b.HasIndex(f => new { f.StationId, f.DoneOn, f.DueOn });
    }
}
