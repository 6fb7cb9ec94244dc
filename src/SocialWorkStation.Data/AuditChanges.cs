using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;
using Microsoft.EntityFrameworkCore.Metadata;
using SocialWorkStation.Platform.Audit;
using SocialWorkStation.Platform.Common;
using SocialWorkStation.Platform.Protection;

namespace SocialWorkStation.Data;

/// <summary>How an audit row describes a change (C7.3.2): field → [old, new], sensitive values replaced by "***",
/// personal and narrative values (<see cref="PersonalAttribute"/>) by a keyed hash (<see cref="AuditFieldHash"/>).
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

    public static bool IsPersonal(IReadOnlyProperty property) => property.PropertyInfo?.IsDefined(typeof(PersonalAttribute), true) == true;

    public static object? Show(IReadOnlyProperty property, object? value, IPersonalDataProtector keys) => value switch
    {
        null => null,
        _ when IsRedacted(property) => "***",
        _ when IsPersonal(property) => AuditFieldHash.Of(keys, property.Name, value),
        _ => value,
    };

    /// <summary>The Changes JSON of a newly created row, read from the entity object itself (no change tracker).</summary>
    public static string ForCreated(IEntityType type, object entity, IPersonalDataProtector keys)
    {
        var changes = new Dictionary<string, object?[]>();
        foreach (var p in type.GetProperties()) changes[p.Name] = [null, Show(p, p.GetGetter().GetClrValue(entity), keys)];
        return JsonSerializer.Serialize(changes, JsonOptions);
    }
}
