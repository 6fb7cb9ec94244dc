using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace SocialWorkStation.Platform.Common;

public readonly partial record struct Money
{
    public const string EmptyMessage = "请填写金额。";
    public const string FormatMessage = "金额格式不正确：请填写数字（如 1234.50），或写成“12元3角4分”的形式。";
    public const string DecimalsMessage = "金额最多两位小数（精确到分）。";
    public const string NegativeMessage = "金额不能为负数。";
    public const string JiaoFenMessage = "角、分各只能填一位数字。";

    /// <summary>What a person typed, in 元: "1234.5", "1,234.50", "¥1234.50", "1234.50元", "12元整", "12元3角4分",
    /// "3角", "5分" (full-width digits and ￥ too). A minus sign or 负 only where <paramref name="allowNegative"/>.</summary>
    /// <param name="max">The largest amount (its size, for a negative one) allowed here, inclusive; the system's limit when null.</param>
    /// <returns>The amount, or the message to show beside the field (never both).</returns>
    public static (Money? Amount, string? Error) Parse(string? input, bool allowNegative = false, Money? max = null)
    {
        var text = Normalise(input);
        if (text.Length == 0) return (null, EmptyMessage);
        // One sign, before or after the currency: -¥12, ¥-12, 负12元, 人民币-12.
        bool negative = false, signed = false;
        while (text.Length > 0)
        {
            if (!signed && text[0] is '-' or '+' or '负') (negative, signed) = (text[0] != '+', true);
            else if (text.StartsWith("人民币", StringComparison.Ordinal)) text = text[2..];
            else if (text[0] != '¥') break;
            text = text[1..];
        }
        if (negative && !allowNegative) return (null, NegativeMessage);

        decimal yuan;
        if (Decimal().Match(text) is { Success: true } d)
        {
            if (!ParseWhole(d.Groups["int"].Value, out var whole)) return (null, OverflowMessage(max));
            var fraction = d.Groups["frac"].Value.TrimEnd('0');
            if (fraction.Length > 2) return (null, DecimalsMessage);
            yuan = whole + (fraction.Length == 0 ? 0 : decimal.Parse("0." + fraction, CultureInfo.InvariantCulture));
        }
        else if (Spelled().Match(text) is { Success: true } s && (s.Groups["yuan"].Success || s.Groups["jiao"].Success || s.Groups["fen"].Success))
        {
            if (s.Groups["jiao"].Length > 1 || s.Groups["fen"].Length > 1) return (null, JiaoFenMessage);
            if (!ParseWhole(s.Groups["yuan"].Success ? s.Groups["yuan"].Value : "0", out var whole)) return (null, OverflowMessage(max));
            yuan = whole + Digit(s.Groups["jiao"]) / 10m + Digit(s.Groups["fen"]) / 100m;
        }
        else return (null, FormatMessage);

        if (yuan > (max ?? MaxValue).Yuan) return (null, OverflowMessage(max));
        return (FromYuan(negative ? -yuan : yuan), null);
    }

    private static string OverflowMessage(Money? max) =>
        max is { } m ? $"金额不能超过 {m.ToString(MoneyFormat.Unit)}。" : TooLarge;

    /// <summary>Full-width digits and signs (a Chinese input method's default) become ASCII; spaces go.</summary>
    private static string Normalise(string? input)
    {
        var sb = new StringBuilder();
        foreach (var c in input ?? "")
        {
            if (char.IsWhiteSpace(c)) continue;
            sb.Append(c switch
            {
                >= '０' and <= '９' => (char)(c - '０' + '0'),
                '．' => '.',
                '，' => ',',
                '－' => '-',
                '＋' => '+',
                '￥' => '¥',
                '圆' => '元',
                '毛' => '角',
                '正' => '整',
                _ => c,
            });
        }
        return sb.ToString();
    }

    /// <summary>Whole yuan, with or without correctly placed thousands separators; false when far too large.</summary>
    private static bool ParseWhole(string digits, out decimal whole)
    {
        whole = 0;
        var plain = digits.Replace(",", "");
        return plain.Length == 0 || plain.Length <= 20 && decimal.TryParse(plain, NumberStyles.None, CultureInfo.InvariantCulture, out whole);
    }

    private static int Digit(Group g) => g.Success ? g.Value[0] - '0' : 0;

    // 1234 / 1,234 / 1234.5 / .5 (at least one digit), optionally followed by 元 and 整.
    [GeneratedRegex(@"^(?=\.?\d)(?<int>\d{1,3}(?:,\d{3})+|\d+)?(?:\.(?<frac>\d+))?(?:元整?)?$", RegexOptions.CultureInvariant)]
    private static partial Regex Decimal();

    // 12元3角4分 / 12元零4分 / 3角 / 5分 / 12元整 / 3角整; the digits of 角 and 分 are counted after the match.
    [GeneratedRegex(@"^(?:(?<yuan>\d{1,3}(?:,\d{3})+|\d+)元零?)?(?:(?<jiao>\d+)角)?(?:(?<fen>\d+)分)?整?$", RegexOptions.CultureInvariant)]
    private static partial Regex Spelled();
}
