using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Text.RegularExpressions;
using SocialWorkStation.Platform.Stations;

namespace SocialWorkStation.Platform.Protection;

/// <summary>居民身份证号码 per GB 11643-1999: 6-digit area, 8-digit birth date, 3-digit sequence (odd male,
/// even female) and a check character over the first 17 digits. Old 15-digit numbers (yyMMdd, no check) are accepted.</summary>
public static partial class ChineseIdNumber
{
    private static readonly int[] Weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    private const string CheckChars = "10X98765432";

    public sealed record Parsed(string Normalised, DateOnly BirthDate, bool IsMale);

    /// <summary>Null with a Chinese message when invalid.</summary>
    public static (Parsed? Value, string? Error) Parse(string? input, DateOnly today)
    {
        var value = (input ?? "").Trim().ToUpperInvariant();
        if (value.Length == 18)
        {
            if (!Format18().IsMatch(value)) return (null, "身份证号应为 17 位数字加 1 位数字或 X。");
            if (CheckCharacter(value) != value[17]) return (null, "身份证号校验位不正确，请核对后重新输入。");
            return WithBirth(value, value.Substring(6, 8), value[16], today);
        }
        if (value.Length == 15)
        {
            if (!Format15().IsMatch(value)) return (null, "15 位身份证号应全部为数字。");
            return WithBirth(value, "19" + value.Substring(6, 6), value[14], today);
        }
        return (null, "身份证号应为 18 位（或旧版 15 位）。");
    }

    /// <summary>The check character (0–9 or X) of the first 17 digits.</summary>
    public static char CheckCharacter(string first17Digits)
    {
        var sum = 0;
        for (var i = 0; i < 17; i++) sum += (first17Digits[i] - '0') * Weights[i];
        return CheckChars[sum % 11];
    }

    private static (Parsed?, string?) WithBirth(string value, string yyyyMMdd, char sequenceLast, DateOnly today)
    {
        if (!DateOnly.TryParseExact(yyyyMMdd, "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var birth))
            return (null, "身份证号中的出生日期不是有效日期。");
        if (birth > today) return (null, "身份证号中的出生日期晚于今天。");
        return (new Parsed(value, birth, (sequenceLast - '0') % 2 == 1), null);
    }

    [GeneratedRegex(@"^\d{17}[\dX]$")] private static partial Regex Format18();
    [GeneratedRegex(@"^\d{15}$")] private static partial Regex Format15();
}

/// <summary>Shape check shared by forms and the API; the handler repeats it against the station's clock.</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
public sealed class ChineseIdNumberAttribute : ValidationAttribute
{
    protected override ValidationResult? IsValid(object? value, ValidationContext context)
    {
        if (value is not string s || string.IsNullOrWhiteSpace(s)) return ValidationResult.Success;
        // The configured clock where the caller supplied services (forms, the API filter); the default zone otherwise.
        var clock = context.GetService(typeof(StationClock)) as StationClock ?? new StationClock(TimeProvider.System);
        var (_, error) = ChineseIdNumber.Parse(s, clock.Today());
        return error is null ? ValidationResult.Success : new ValidationResult(error, context.MemberName is { } m ? [m] : null);
    }
}

/// <summary>Mainland mobile numbers: ^1[3-9]\d{9}$.</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
public sealed partial class MobilePhoneAttribute : ValidationAttribute
{
    protected override ValidationResult? IsValid(object? value, ValidationContext context) =>
        value is not string s || string.IsNullOrWhiteSpace(s) || Mobile().IsMatch(s.Trim())
            ? ValidationResult.Success
            : new ValidationResult("手机号应为 11 位、以 1 开头的大陆手机号码。", context.MemberName is { } m ? [m] : null);

    [GeneratedRegex(@"^1[3-9]\d{9}$")] private static partial Regex Mobile();
}
