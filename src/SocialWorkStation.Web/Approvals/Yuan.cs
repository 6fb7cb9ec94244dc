using System.ComponentModel.DataAnnotations;
using System.Globalization;

namespace SocialWorkStation.Web.Approvals;

/// <summary>People type yuan with at most two decimals; the database keeps whole fen (ARCHITECTURE: Data, money),
/// because SQLite cannot compare decimals in SQL.</summary>
public static class Yuan
{
    public const double Max = 100_000_000;

    public static long? ToFen(decimal? yuan) => yuan is { } y ? (long)decimal.Round(y * 100m, 0, MidpointRounding.AwayFromZero) : null;

    public static decimal? FromFen(long? fen) => fen is { } f ? f / 100m : null;

    public static string Format(long? fen) =>
        fen is { } f ? "¥" + (f / 100m).ToString("#,##0.00", CultureInfo.InvariantCulture) : "";
}

/// <summary>A non-negative amount in yuan below one hundred million, with at most two decimals (fen).</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
public sealed class YuanAttribute : ValidationAttribute
{
    public YuanAttribute() : base("金额须为 0–1 亿元之间、最多两位小数的数字。") { }

    public override bool IsValid(object? value) => value switch
    {
        null => true,
        decimal d => d >= 0 && d < (decimal)Yuan.Max && decimal.Round(d, 2) == d,
        _ => false,
    };
}
