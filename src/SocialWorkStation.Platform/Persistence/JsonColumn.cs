using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SocialWorkStation.Platform.Persistence;

/// <summary>Mapping helpers for modules' <c>IEntityTypeConfiguration</c> classes. They live in Platform, not Data, because
/// modules must not reference Data (ModuleBoundaryTests) while Data applies the modules' configurations.</summary>
public static class JsonColumn
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    /// <summary>Stores a small value list as one JSON text column: always read and written whole, never queried inside
    /// (the same on SQLite and PostgreSQL). Compared by content, so changing an item marks the row modified. An empty text
    /// (what a migration gives a list column added to existing rows) reads as an empty list.</summary>
    public static PropertyBuilder<List<T>> HasJson<T>(this PropertyBuilder<List<T>> property) =>
        property.HasConversion(
                v => JsonSerializer.Serialize(v, Options),
                s => string.IsNullOrEmpty(s) ? new List<T>() : JsonSerializer.Deserialize<List<T>>(s, Options) ?? new List<T>(),
                new ValueComparer<List<T>>(
                    (a, b) => JsonSerializer.Serialize(a, Options) == JsonSerializer.Serialize(b, Options),
                    v => JsonSerializer.Serialize(v, Options).GetHashCode(),
                    v => JsonSerializer.Deserialize<List<T>>(JsonSerializer.Serialize(v, Options), Options)!))
            .IsRequired();
}
