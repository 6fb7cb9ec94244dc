using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SocialWorkStation.Modules.Rectification.Domain;

namespace SocialWorkStation.Modules.Rectification.Data;

internal sealed class FindingConfiguration : IEntityTypeConfiguration<Finding>, IEntityTypeConfiguration<CorrectiveAction>,
    IEntityTypeConfiguration<FindingEvent>
{
    public void Configure(EntityTypeBuilder<Finding> b)
    {
        b.ToTable("rectification_finding");
        b.HasIndex(f => new { f.StationId, f.Number }).IsUnique();
        // The list: by station, status and raising date; a source module looks up the findings of its record.
        b.HasIndex(f => new { f.StationId, f.Status, f.RaisedAt });
        b.HasIndex(f => new { f.SourceModule, f.SourceRecordId });
        b.HasMany(f => f.Actions).WithOne().HasForeignKey(a => a.FindingId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(f => f.Events).WithOne().HasForeignKey(e => e.FindingId).OnDelete(DeleteBehavior.Restrict);
    }

    public void Configure(EntityTypeBuilder<CorrectiveAction> b)
    {
        b.ToTable("rectification_action");
        b.HasIndex(a => new { a.FindingId, a.Seq }).IsUnique();
        // Reminders and "mine": an owner's open actions by due date.
        b.HasIndex(a => new { a.OwnerId, a.Status, a.DueOn });
    }

    public void Configure(EntityTypeBuilder<FindingEvent> b)
    {
        b.ToTable("rectification_event");
        b.HasIndex(e => new { e.FindingId, e.At });
    }
}
