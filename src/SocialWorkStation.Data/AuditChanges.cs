using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;
using Microsoft.EntityFrameworkCore.Metadata;
using SocialWorkStation.Platform.Common;

namespace SocialWorkStation.Data;

/// <summary>How an audit row describes a change (C7.3.2): field → [old, new], sensitive values replaced by "***".
/// Shared by SaveChanges and by bulk loads (the benchmark generator), so both write the same trail.</summary>
public static class AuditChanges
{
    /// <summary>Enums are written by name, as the API writes them, so a trail stays readable after members are added.</summary>
    public static readonly JsonSerializerOptions JsonOptions = new()
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All), Converters = { new JsonStringEnumConverter() },
    };

    private static readonly HashSet<string> RedactedProperties = ["PasswordHash", "SecurityStamp", "Value", "ProviderKey", "Xml"];

    public static bool IsRedacted(IReadOnlyProperty property) =>
        RedactedProperties.Contains(property.Name) || property.PropertyInfo?.IsDefined(typeof(SensitiveAttribute), true) == true;

    public static object? Show(IReadOnlyProperty property, object? value) => value is not null && IsRedacted(property) ? "***" : value;

    /// <summary>The Changes JSON of a newly created row, read from the entity object itself (no change tracker).</summary>
    public static string ForCreated(IEntityType type, object entity)
    {
        var changes = new Dictionary<string, object?[]>();
        foreach (var p in type.GetProperties()) changes[p.Name] = [null, Show(p, p.GetGetter().GetClrValue(entity))];
        return JsonSerializer.Serialize(changes, JsonOptions);
    }
}
