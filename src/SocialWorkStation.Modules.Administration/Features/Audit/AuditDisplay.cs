using System.Text.Json;
using SocialWorkStation.Platform.Audit;

namespace SocialWorkStation.Modules.Administration.Features.Audit;

/// <summary>One line per changed field, as the 审计日志 page shows it: a personal or narrative field recorded by keyed hash
/// reads "已变更（哈希 ab12…）", a redacted one "***"; the value itself was never stored (item 2 of issue 10).</summary>
internal static class AuditDisplay
{
    public static IReadOnlyList<string> Describe(string changes)
    {
        try
        {
            using var doc = JsonDocument.Parse(changes);
            if (doc.RootElement.ValueKind != JsonValueKind.Object) return [];
            var lines = new List<string>();
            foreach (var field in doc.RootElement.EnumerateObject())
            {
                var values = field.Value.ValueKind == JsonValueKind.Array ? field.Value.EnumerateArray().ToList() : [];
                var hashed = values.FirstOrDefault(v => v.ValueKind == JsonValueKind.String && v.GetString()!.StartsWith(AuditFieldHash.Prefix, StringComparison.Ordinal));
                lines.Add(hashed.ValueKind == JsonValueKind.String
                    ? $"{field.Name}: 已变更（哈希 {hashed.GetString()![AuditFieldHash.Prefix.Length..][..4]}…）"
                    : $"{field.Name}: {string.Join(" → ", values.Select(Show))}");
            }
            return lines;
        }
        catch (JsonException)
        {
            // A tampered row may hold anything; the chain check names it.
            return [];
        }
    }

    private static string Show(JsonElement v) => v.ValueKind switch
    {
        JsonValueKind.Null => "（空）",
        JsonValueKind.String => v.GetString()!,
        _ => v.GetRawText(),
    };
}
