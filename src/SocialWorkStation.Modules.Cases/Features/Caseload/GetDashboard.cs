using Microsoft.EntityFrameworkCore;
using SocialWorkStation.Modules.Cases.Data;
using SocialWorkStation.Modules.Cases.Domain;
using SocialWorkStation.Platform.Stations;

namespace SocialWorkStation.Modules.Cases.Features.Caseload;

public sealed record StatusCount(CaseStatus Status, int Count);

public sealed record DashboardDto(
    IReadOnlyList<StatusCount> ByStatus, int OpenCases, int OverdueContacts, int OverdueReviews, int FollowUpsDueThisWeek,
    DateOnly MonthStart, int MonthServiceTimes, decimal MonthServiceHours, int MonthActivities, int MonthNewCases, int MonthClosedCases);

/// <summary>服务统计 (C3.4.2 "以备统计分析") for the selected station, or all visible stations for a county user who chose
/// none: the station query filter scopes every query. Counts carry no personal data, so they cover the whole station,
/// not only the cases the user may open (CaseAccess decides who opens a file, not whether it is counted). Month and week
/// boundaries are Beijing dates.</summary>
internal sealed class GetDashboardHandler(CasesDb db, StationClock clock)
{
    public async Task<DashboardDto> HandleAsync(CancellationToken ct)
    {
        var today = clock.Today();
        var monthStart = new DateOnly(today.Year, today.Month, 1);
        var monthEnd = monthStart.AddMonths(1);
        var weekEnd = today.AddDays(7 - ((int)today.DayOfWeek + 6) % 7); // the day after Sunday

        // Four queries, one per table: the case figures come from one pass over the station's cases, grouped by status.
        var byStatus = await db.Cases.AsNoTracking().GroupBy(k => k.Status).Select(g => new
        {
            g.Key,
            Count = g.Count(),
            OverdueContacts = g.Count(k => k.NextContactDue != null && k.NextContactDue < today),
            OverdueReviews = g.Count(k => k.NextReviewDue != null && k.NextReviewDue < today),
            New = g.Count(k => k.IntakeDate >= monthStart && k.IntakeDate < monthEnd),
            Closed = g.Count(k => k.ClosedOn != null && k.ClosedOn >= monthStart && k.ClosedOn < monthEnd),
        }).ToListAsync(ct);
        var counts = Enum.GetValues<CaseStatus>()
            .Select(s => new StatusCount(s, byStatus.FirstOrDefault(x => x.Key == s)?.Count ?? 0)).ToList();
        var intervention = byStatus.FirstOrDefault(x => x.Key == CaseStatus.Intervention);
        var (overdueContacts, overdueReviews) = (intervention?.OverdueContacts ?? 0, intervention?.OverdueReviews ?? 0);
        var (newCases, closed) = (byStatus.Sum(x => x.New), byStatus.Sum(x => x.Closed));
        // Still-open visits count until done, so one missed last week stays on the list.
        var followUps = await db.FollowUps.AsNoTracking().CountAsync(f => f.DoneOn == null && f.DueOn < weekEnd, ct);

        var records = await db.ServiceRecords.AsNoTracking().Where(r => r.ServiceDate >= monthStart && r.ServiceDate < monthEnd)
            .GroupBy(r => 1).Select(g => new { Count = g.Count(), Minutes = g.Sum(r => (long)r.DurationMinutes) }).FirstOrDefaultAsync(ct);
        var (recordCount, minutes) = (records?.Count ?? 0, records?.Minutes ?? 0);
        // Registered participants already have a service record each; walk-ins only count here (人次).
        var activities = await db.Activities.AsNoTracking().Where(a => a.Date >= monthStart && a.Date < monthEnd)
            .GroupBy(a => 1).Select(g => new { Count = g.Count(), WalkIns = g.Sum(a => a.WalkInCount) }).FirstOrDefaultAsync(ct);
        var (activityCount, walkIns) = (activities?.Count ?? 0, activities?.WalkIns ?? 0);

        var open = counts.Where(c => c.Status is not (CaseStatus.Closed or CaseStatus.NotAccepted)).Sum(c => c.Count);
        return new DashboardDto(counts, open, overdueContacts, overdueReviews, followUps, monthStart,
            recordCount + walkIns, Math.Round(minutes / 60m, 1, MidpointRounding.AwayFromZero), activityCount, newCases, closed);
    }
}
