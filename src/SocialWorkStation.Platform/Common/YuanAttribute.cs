using System.ComponentModel.DataAnnotations;

namespace SocialWorkStation.Platform.Common;

/// <summary>A non-negative amount in yuan below one hundred million, with at most two decimals (whole fen), on a
/// <c>decimal</c> request property that <see cref="Money.FromYuan"/> then stores as fen.</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
public sealed class YuanAttribute : ValidationAttribute
{
    public const decimal Max = 100_000_000;

    public YuanAttribute() : base("金额须为 0–1 亿元之间、最多两位小数的数字。") { }

    public override bool IsValid(object? value) => value switch
    {
        null => true,
        decimal d => d >= 0 && d < Max && decimal.Round(d, 2) == d,
        _ => false,
    };
}
