using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SocialWorkStation.Platform.Archives;

namespace SocialWorkStation.Data.Configurations;

internal sealed class ArchiveHandOffConfiguration : IEntityTypeConfiguration<ArchiveHandOff>
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public void Configure(EntityTypeBuilder<ArchiveHandOff> b)
    {
        b.ToTable("platform_archive_handoff");
        // One hand-off per source record: declaring again updates it (and two racing declarations cannot both insert).
        b.HasIndex(x => new { x.RecordType, x.RecordId }).IsUnique();
        b.HasIndex(x => new { x.StationId, x.Status, x.DeclaredAt });
        b.Property(x => x.Class).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.Retention).HasConversion<string>().HasMaxLength(30);
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
        // The file lists are read and written whole with their hand-off, never queried inside: one JSON text column each.
        Whole(b.Property(x => x.AttachmentIds));
        Whole(b.Property(x => x.Documents));
    }

    private static void Whole<T>(PropertyBuilder<List<T>> property) =>
        property.HasConversion(
                v => JsonSerializer.Serialize(v, Json),
                s => JsonSerializer.Deserialize<List<T>>(s, Json) ?? new List<T>(),
                new ValueComparer<List<T>>(
                    (a, c) => JsonSerializer.Serialize(a, Json) == JsonSerializer.Serialize(c, Json),
                    v => JsonSerializer.Serialize(v, Json).GetHashCode(),
                    v => JsonSerializer.Deserialize<List<T>>(JsonSerializer.Serialize(v, Json), Json)!))
            .IsRequired();
}
