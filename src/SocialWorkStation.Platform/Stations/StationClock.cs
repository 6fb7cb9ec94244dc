using System.Globalization;

namespace SocialWorkStation.Platform.Stations;

/// <summary>Configuration section <c>StationTime</c>.</summary>
public sealed class StationTimeOptions
{
    public const string Section = "StationTime";

    /// <summary>An IANA zone id; every station works in it (Asia/Shanghai unless configured).</summary>
    public string TimeZone { get; set; } = StationClock.DefaultTimeZone;
}

/// <summary>The one place time is read and converted (ARCHITECTURE: Data): instants are stored as UTC <see cref="DateTime"/>,
/// business dates (接案日期, 服务日期, the year in a 案号) are dates in the stations' zone, and pages show instants in that
/// zone. Built on <see cref="TimeProvider"/> so tests can move the clock.</summary>
public sealed class StationClock(TimeProvider time, string timeZone = StationClock.DefaultTimeZone)
{
    public const string DefaultTimeZone = "Asia/Shanghai";

    public TimeZoneInfo Zone { get; } = TimeZoneInfo.FindSystemTimeZoneById(timeZone);

    /// <summary>Now, as the UTC instant that is stored.</summary>
    public DateTime UtcNow() => time.GetUtcNow().UtcDateTime;

    /// <summary>Now on the stations' wall clock (for display and printing, never for storing).</summary>
    public DateTime LocalNow() => ToLocal(UtcNow());

    /// <summary>Today's business date in the stations' zone: between 00:00 and 08:00 Beijing time it is already a day
    /// later than the UTC date.</summary>
    public DateOnly Today() => DateOf(UtcNow());

    /// <summary>The station's calendar date of a stored instant.</summary>
    public DateOnly DateOf(DateTime utc) => DateOnly.FromDateTime(ToLocal(utc));

    public DateTime ToLocal(DateTime utc) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Zone);

    public DateTime ToUtc(DateTime local) =>
        TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), Zone);

    /// <summary>The UTC instant at which a local calendar day starts: a filter "from this day" is <c>At &gt;= StartOfDayUtc(day)</c>.</summary>
    public DateTime StartOfDayUtc(DateOnly day) => ToUtc(day.ToDateTime(TimeOnly.MinValue));

    /// <summary>The UTC instant at which a local calendar day has ended (the next day's start, exclusive): a filter
    /// "up to and including this day" is <c>At &lt; EndOfDayUtc(day)</c>.</summary>
    public DateTime EndOfDayUtc(DateOnly day) => StartOfDayUtc(day.AddDays(1));

    /// <summary>A stored instant as the stations' wall clock shows it, e.g. 2026-11-26 09:30:00.</summary>
    public string Format(DateTime utc, string format = "yyyy-MM-dd HH:mm:ss") =>
        ToLocal(utc).ToString(format, CultureInfo.InvariantCulture);
}
