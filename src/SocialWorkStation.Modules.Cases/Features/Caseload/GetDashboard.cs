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

        var cases = db.Cases.AsNoTracking();
        var byStatus = await cases.GroupBy(k => k.Status).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        var counts = Enum.GetValues<CaseStatus>()
            .Select(s => new StatusCount(s, byStatus.FirstOrDefault(x => x.Key == s)?.Count ?? 0)).ToList();
        var overdueContacts = await cases.CountAsync(k => k.Status == CaseStatus.Intervention && k.NextContactDue != null && k.NextContactDue < today, ct);
        var overdueReviews = await cases.CountAsync(k => k.Status == CaseStatus.Intervention && k.NextReviewDue != null && k.NextReviewDue < today, ct);
        // Still-open visits count until done, so one missed last week stays on the list.
        var followUps = await db.FollowUps.AsNoTracking().CountAsync(f => f.DoneOn == null && f.DueOn < weekEnd, ct);

        var records = db.ServiceRecords.AsNoTracking().Where(r => r.ServiceDate >= monthStart && r.ServiceDate < monthEnd);
        var recordCount = await records.CountAsync(ct);
        var minutes = await records.SumAsync(r => (long?)r.DurationMinutes, ct) ?? 0;
        var activities = db.Activities.AsNoTracking().Where(a => a.Date >= monthStart && a.Date < monthEnd);
        var activityCount = await activities.CountAsync(ct);
        // Registered participants already have a service record each; walk-ins only count here (人次).
        var walkIns = await activities.SumAsync(a => (int?)a.WalkInCount, ct) ?? 0;
        var newCases = await cases.CountAsync(k => k.IntakeDate >= monthStart && k.IntakeDate < monthEnd, ct);
        var closed = await cases.CountAsync(k => k.ClosedOn != null && k.ClosedOn >= monthStart && k.ClosedOn < monthEnd, ct);

        var open = counts.Where(c => c.Status is not (CaseStatus.Closed or CaseStatus.NotAccepted)).Sum(c => c.Count);
        return new DashboardDto(counts, open, overdueContacts, overdueReviews, followUps, monthStart,
            recordCount + walkIns, Math.Round(minutes / 60m, 1, MidpointRounding.AwayFromZero), activityCount, newCases, closed);
    }
}
