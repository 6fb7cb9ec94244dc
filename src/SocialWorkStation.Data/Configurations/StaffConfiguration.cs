using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SocialWorkStation.Platform.Stations;
using SocialWorkStation.Platform.Staff;

namespace SocialWorkStation.Data.Configurations;

internal sealed class StaffConfiguration : IEntityTypeConfiguration<StaffRecord>, IEntityTypeConfiguration<StaffStation>
{
    public void Configure(EntityTypeBuilder<StaffRecord> b)
    {
        b.ToTable("platform_staff");
        b.HasOne<Organisation>().WithMany().HasForeignKey(s => s.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        // One staff record per login. No foreign key to the user: the record outlives the login (docs/adr/012).
        b.HasIndex(s => s.UserId).IsUnique();
        b.HasMany(s => s.Stations).WithOne().HasForeignKey(x => x.StaffId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<StaffStation> b)
    {
        b.ToTable("platform_staff_station");
        b.HasKey(x => new { x.StaffId, x.StationId });
        b.HasOne<Station>().WithMany().HasForeignKey(x => x.StationId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => x.StationId);
    }
}
