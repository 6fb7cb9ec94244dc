using Microsoft.Extensions.Time.Testing;
using SocialWorkStation.Platform.Stations;

namespace SocialWorkStation.UnitTests.Stations;

public class StationClockTests
{
    private static StationClock At(string utc, string zone = StationClock.DefaultTimeZone) =>
        new(new FakeTimeProvider(DateTimeOffset.Parse(utc + "Z", System.Globalization.CultureInfo.InvariantCulture)), zone);

    [Theory]
    [InlineData("2026-11-26T15:59:59", "2026-11-26")]
    [InlineData("2026-11-26T16:00:00", "2026-11-27")] // midnight in Beijing; UTC still says the 26th
    [InlineData("2026-12-31T16:30:00", "2027-01-01")]
    public void Today_is_the_date_in_the_stations_zone(string utc, string today) =>
        Assert.Equal(DateOnly.Parse(today), At(utc).Today());

    [Fact]
    public void Now_is_the_UTC_instant_and_local_now_the_wall_clock()
    {
        var clock = At("2026-11-26T01:02:03");
        Assert.Equal(new DateTime(2026, 11, 26, 1, 2, 3, DateTimeKind.Utc), clock.UtcNow());
        Assert.Equal(DateTimeKind.Utc, clock.UtcNow().Kind);
        Assert.Equal(new DateTime(2026, 11, 26, 9, 2, 3), clock.LocalNow());
    }

    [Fact]
    public void A_local_day_spans_from_its_start_to_the_next_days_start_in_UTC()
    {
        var clock = At("2026-11-26T00:00:00");
        var day = new DateOnly(2026, 11, 26);
        Assert.Equal(new DateTime(2026, 11, 25, 16, 0, 0), clock.StartOfDayUtc(day));
        Assert.Equal(new DateTime(2026, 11, 26, 16, 0, 0), clock.EndOfDayUtc(day));
        Assert.Equal(day, clock.DateOf(clock.StartOfDayUtc(day)));
        Assert.Equal(day, clock.DateOf(clock.EndOfDayUtc(day).AddTicks(-1)));
    }

    [Fact]
    public void Conversions_round_trip_and_ignore_the_kind_a_database_returns()
    {
        var clock = At("2026-11-26T00:00:00");
        var stored = new DateTime(2026, 6, 1, 23, 30, 0, DateTimeKind.Unspecified); // as SQLite hands it back
        var local = clock.ToLocal(stored);
        Assert.Equal(new DateTime(2026, 6, 2, 7, 30, 0), local);
        Assert.Equal(stored, clock.ToUtc(local));
        Assert.Equal("2026-06-02 07:30:00", clock.Format(stored));
        Assert.Equal("2026-06-02 07:30", clock.Format(stored, "yyyy-MM-dd HH:mm"));
    }

    [Fact]
    public void Another_configured_zone_is_honoured()
    {
        var clock = At("2026-07-01T03:00:00", "Europe/London");
        Assert.Equal(new DateTime(2026, 7, 1, 4, 0, 0), clock.LocalNow()); // British Summer Time
        Assert.Equal(new DateOnly(2026, 7, 1), clock.Today());
    }
}
