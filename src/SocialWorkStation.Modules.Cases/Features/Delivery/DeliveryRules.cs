using Microsoft.EntityFrameworkCore;
using SocialWorkStation.Modules.Cases.Data;
using SocialWorkStation.Modules.Cases.Domain;

namespace SocialWorkStation.Modules.Cases.Features.Delivery;

/// <summary>Small rules shared by the delivery use cases (services, activities, reviews, closure, follow-ups).</summary>
internal static class DeliveryRules
{
    public const string HiddenText = "（敏感记录，无权查看）";

    /// <summary>The plan services are recorded against (C3.3.1): the latest approved version. While a revision is under
    /// review the previous approved version still applies.</summary>
    public static Task<ServicePlan?> CurrentApprovedPlanAsync(this CasesDb db, Guid caseId, CancellationToken ct) =>
        db.ServicePlans.Where(p => p.CaseId == caseId && p.Status == PlanStatus.Approved)
            .OrderByDescending(p => p.VersionNo).FirstOrDefaultAsync(ct);

    /// <summary>Services are delivered in 介入 (intervention); a case back in planning for a revision keeps its approved plan.</summary>
    public static bool AcceptsServices(this Case c) => c.Status is CaseStatus.Intervention or CaseStatus.Planning;

    /// <summary>One contact credited to the case (C3.4.1): counters for statistics and the next-contact reminder. An append,
    /// not an edit (issue 10): one atomic UPDATE that neither reads stale counters nor bumps the case's version, so workers
    /// adding records to the same case at once never conflict and no increment is lost. Run it inside the save's
    /// transaction (<c>SaveWithAsync</c>).</summary>
    public static Task CreditServiceAsync(this CasesDb db, Guid caseId, DateOnly date, int minutes, int contactIntervalDays,
        DateTime now, CancellationToken ct)
    {
        var due = date.AddDays(contactIntervalDays);
        return db.Cases.Where(c => c.Id == caseId).ExecuteUpdateAsync(s => s
            .SetProperty(c => c.LastContactOn, c => c.LastContactOn == null || c.LastContactOn < date ? date : c.LastContactOn)
            .SetProperty(c => c.NextContactDue, c => c.NextContactDue == null || c.NextContactDue < due ? due : c.NextContactDue)
            .SetProperty(c => c.ServiceCount, c => c.ServiceCount + 1)
            .SetProperty(c => c.ServiceMinutes, c => c.ServiceMinutes + minutes)
            .SetProperty(c => c.UpdatedAt, now), ct);
    }
}
