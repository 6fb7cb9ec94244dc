using Microsoft.EntityFrameworkCore;
using SocialWorkStation.Modules.Cases.Data;
using SocialWorkStation.Modules.Cases.Domain;
using SocialWorkStation.Platform;
using SocialWorkStation.Platform.Identity;
using SocialWorkStation.Platform.Results;
using SocialWorkStation.Platform.Stations;

namespace SocialWorkStation.Modules.Cases.Features.Statistics;

public sealed record ServiceTypeCount(ServiceType Type, int Count);

/// <summary>One station's month, or the totals (StationId null). ServiceTimes is 人次 as the dashboard counts it:
/// service records plus activity walk-ins (registered participants already have a service record each).</summary>
public sealed record StationMonthRow(
    Guid? StationId, string Code, string Name, int ServiceTimes, decimal ServiceHours, int ServiceRecords,
    IReadOnlyList<ServiceTypeCount> ServicesByType, int CasesServed, int NewCases, int ClosedCases, int Activities,
    int ActivityParticipations, int WalkIns, int FollowUpsDone);

public sealed record MonthlyStatisticsDto(string Month, DateOnly From, DateOnly Until, IReadOnlyList<StationMonthRow> Stations, StationMonthRow Totals);

/// <summary>月度服务统计 (C3.4.2 "以备统计分析"): one row per station the user sees right now (the station query filter
/// scopes every query: one station, or every station of the county or city for a county-wide user who chose none),
/// stations without activity included, and the totals. Each measure is one GROUP BY StationId over a date range in the
/// database, so the cost follows the month's rows and no row is loaded. Counts carry no personal data, so, like the
/// dashboard, they cover the whole station, not only the cases the user may open.</summary>
internal sealed class GetMonthlyStatisticsHandler(CasesDb db, IPlatformDb platform, ICurrentUser user, StationClock clock)
{
    public const string TotalsName = "合计";

    public async Task<Result<MonthlyStatisticsDto>> HandleAsync(string? month, CancellationToken ct)
    {
        var parsed = ReportMonth.Parse(month, clock.Today());
        if (parsed.IsFailure) return parsed.Error!;
        var (from, until) = (parsed.Value!.From, parsed.Value.Until);
        var visible = user.VisibleStationIds;
        var stations = await platform.Stations.AsNoTracking().Where(s => visible.Contains(s.Id))
            .OrderBy(s => s.Code).Select(s => new { s.Id, s.Code, s.Name }).ToListAsync(ct);

        var records = db.ServiceRecords.AsNoTracking().Where(r => r.ServiceDate >= from && r.ServiceDate < until);
        var byType = (await records.GroupBy(r => new { r.StationId, r.Type })
                .Select(g => new { g.Key.StationId, g.Key.Type, Count = g.Count(), Minutes = g.Sum(r => (long)r.DurationMinutes) })
                .ToListAsync(ct))
            .ToLookup(x => x.StationId);
        var casesServed = await records.GroupBy(r => r.StationId)
            .Select(g => new { g.Key, Count = g.Select(r => r.CaseId).Distinct().Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, ct);
        var activities = db.Activities.AsNoTracking().Where(a => a.Date >= from && a.Date < until);
        var activityCounts = await activities.GroupBy(a => a.StationId)
            .Select(g => new { g.Key, Count = g.Count(), WalkIns = g.Sum(a => a.WalkInCount) }).ToDictionaryAsync(x => x.Key, ct);
        var participations = await CountAsync(activities.SelectMany(a => a.Participants, (a, _) => a.StationId), ct);
        var cases = db.Cases.AsNoTracking();
        var newCases = await CountAsync(cases.Where(k => k.IntakeDate >= from && k.IntakeDate < until).Select(k => k.StationId), ct);
        var closed = await CountAsync(cases.Where(k => k.ClosedOn >= from && k.ClosedOn < until).Select(k => k.StationId), ct);
        var followUps = await CountAsync(db.FollowUps.AsNoTracking().Where(f => f.DoneOn >= from && f.DoneOn < until).Select(f => f.StationId), ct);

        var tallies = stations.Select(s => (Station: s, Tally: new Tally(
            byType[s.Id].ToDictionary(t => t.Type, t => t.Count), byType[s.Id].Sum(t => t.Minutes), casesServed.GetValueOrDefault(s.Id),
            newCases.GetValueOrDefault(s.Id), closed.GetValueOrDefault(s.Id), activityCounts.GetValueOrDefault(s.Id)?.Count ?? 0,
            participations.GetValueOrDefault(s.Id), activityCounts.GetValueOrDefault(s.Id)?.WalkIns ?? 0, followUps.GetValueOrDefault(s.Id)))).ToList();
        var rows = tallies.Select(x => x.Tally.ToRow(x.Station.Id, x.Station.Code, x.Station.Name)).ToList();
        var totals = tallies.Select(x => x.Tally).Aggregate(Tally.Zero, (sum, t) => sum + t);
        return new MonthlyStatisticsDto(parsed.Value.Text, from, until, rows, totals.ToRow(null, "", TotalsName));
    }

    private static Task<Dictionary<Guid, int>> CountAsync(IQueryable<Guid> stationIds, CancellationToken ct) =>
        stationIds.GroupBy(id => id).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, ct);

    /// <summary>The raw counts behind a row; totals add them up, so hours are rounded once from the summed minutes.</summary>
    private sealed record Tally(IReadOnlyDictionary<ServiceType, int> ByType, long Minutes, int CasesServed, int NewCases, int ClosedCases,
        int Activities, int Participations, int WalkIns, int FollowUpsDone)
    {
        public static readonly Tally Zero = new(new Dictionary<ServiceType, int>(), 0, 0, 0, 0, 0, 0, 0, 0);

        public static Tally operator +(Tally a, Tally b) => new(
            Enum.GetValues<ServiceType>().ToDictionary(t => t, t => a.ByType.GetValueOrDefault(t) + b.ByType.GetValueOrDefault(t)),
            a.Minutes + b.Minutes, a.CasesServed + b.CasesServed, a.NewCases + b.NewCases, a.ClosedCases + b.ClosedCases,
            a.Activities + b.Activities, a.Participations + b.Participations, a.WalkIns + b.WalkIns, a.FollowUpsDone + b.FollowUpsDone);

        public StationMonthRow ToRow(Guid? stationId, string code, string name)
        {
            var records = ByType.Values.Sum();
            return new StationMonthRow(stationId, code, name, records + WalkIns, Math.Round(Minutes / 60m, 1, MidpointRounding.AwayFromZero),
                records, Enum.GetValues<ServiceType>().Select(t => new ServiceTypeCount(t, ByType.GetValueOrDefault(t))).ToList(),
                CasesServed, NewCases, ClosedCases, Activities, Participations, WalkIns, FollowUpsDone);
        }
    }
}
