using System.Globalization;
using SocialWorkStation.Platform.Results;

namespace SocialWorkStation.Modules.Cases.Features.Statistics;

/// <summary>The calendar month a report covers, as Beijing business dates [From, Until). Given as "yyyy-MM"; without
/// one, the previous month, the one a monthly report is due for.</summary>
public sealed record ReportMonth(DateOnly From)
{
    public const string Format = "yyyy-MM";
    public const string Invalid = "月份格式应为 yyyy-MM，例如 2026-10。";

    /// <summary>The first day after the month (exclusive bound, so date ranges use the (StationId, date) indexes).</summary>
    public DateOnly Until => From.AddMonths(1);

    public string Text => From.ToString(Format, CultureInfo.InvariantCulture);

    public static ReportMonth Previous(DateOnly today) => new(new DateOnly(today.Year, today.Month, 1).AddMonths(-1));

    public static Result<ReportMonth> Parse(string? month, DateOnly today)
    {
        if (string.IsNullOrWhiteSpace(month)) return Previous(today);
        var valid = DateOnly.TryParseExact(month.Trim(), Format, CultureInfo.InvariantCulture, DateTimeStyles.None, out var first)
                    && first.Year is >= 1900 and <= 2999;
        return valid ? new ReportMonth(first) : Error.Invalid("month", Invalid);
    }
}
