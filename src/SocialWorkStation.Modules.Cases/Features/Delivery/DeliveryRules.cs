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

    /// <summary>One contact credited to the case (C3.4.1): counters for statistics and the next-contact reminder.</summary>
    public static void CreditService(this Case c, DateOnly date, int minutes, int contactIntervalDays, DateTime now)
    {
        if (c.LastContactOn is null || date > c.LastContactOn) c.LastContactOn = date;
        c.NextContactDue = c.LastContactOn.Value.AddDays(contactIntervalDays);
        c.ServiceCount++;
        c.ServiceMinutes += minutes;
        c.UpdatedAt = now;
    }
}
