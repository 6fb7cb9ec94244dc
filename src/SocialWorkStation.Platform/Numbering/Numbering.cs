using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SocialWorkStation.Platform.Stations;

namespace SocialWorkStation.Platform.Numbering;

/// <summary>Issues people-facing document numbers (案号, 凭证号, 档号): per station, per year, per kind, gap-free.</summary>
public interface INumbering
{
    /// <summary>Must run inside the transaction that stores the numbered record: a rollback returns the number.</summary>
    Task<string> NextAsync(string kind, Guid stationId, CancellationToken ct = default);
}

public sealed class NumberingOptions
{
    /// <summary>Kind → template. Tokens: {kind}, {station}, {yyyy}, {seq:0000}.</summary>
    public Dictionary<string, string> Templates { get; set; } = new();
    public string DefaultTemplate { get; set; } = "{kind}-{yyyy}-{seq:0000}";
}

internal sealed partial class NumberingService(IPlatformDb db, StationClock clock, IOptions<NumberingOptions> options) : INumbering
{
    public async Task<string> NextAsync(string kind, Guid stationId, CancellationToken ct = default)
    {
        if (db.Database.CurrentTransaction is null)
            throw new InvalidOperationException("Numbers must be issued inside the transaction that stores the record.");
        var year = clock.Today().Year; // the station's year: at 06:00 on 1 January in Beijing, UTC still says the old one

        // The UPDATE takes a row lock (PostgreSQL) or the write lock (SQLite) until commit, so concurrent
        // requests queue here and each sees the previous one's value: no duplicates, no gaps.
        await db.Database.ExecuteSqlInterpolatedAsync(
            $"""INSERT INTO platform_number_sequence ("StationId", "Kind", "Year", "LastValue") VALUES ({stationId}, {kind}, {year}, 0) ON CONFLICT DO NOTHING""", ct);
        var values = await db.Database.SqlQuery<long>(
            $"""UPDATE platform_number_sequence SET "LastValue" = "LastValue" + 1 WHERE "StationId" = {stationId} AND "Kind" = {kind} AND "Year" = {year} RETURNING "LastValue" AS "Value" """)
            .ToListAsync(ct);
        var station = await db.Stations.Where(s => s.Id == stationId).Select(s => s.Code).SingleAsync(ct);
        return Format(options.Value.Templates.GetValueOrDefault(kind, options.Value.DefaultTemplate), kind, station, year, values.Single());
    }

    internal static string Format(string template, string kind, string stationCode, int year, long sequence) =>
        SequenceToken().Replace(
            template.Replace("{kind}", kind).Replace("{station}", stationCode).Replace("{yyyy}", year.ToString(CultureInfo.InvariantCulture)),
            m => sequence.ToString(m.Groups[1].Success ? m.Groups[1].Value : "0", CultureInfo.InvariantCulture));

    [GeneratedRegex(@"\{seq(?::([0#]+))?\}")]
    private static partial Regex SequenceToken();
}
