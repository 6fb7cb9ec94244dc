using Microsoft.EntityFrameworkCore;
using SocialWorkStation.Modules.Cases.Data;
using SocialWorkStation.Modules.Cases.Domain;
using SocialWorkStation.Platform.Audit;
using SocialWorkStation.Platform.Results;
using SocialWorkStation.Platform.Staff;

namespace SocialWorkStation.Modules.Cases.Features.Intake;

public sealed record CaseHeader(
    Guid Id, string Number, Guid ClientId, string ClientName, CaseStatus Status, IntakeSource Source, string? SourceDetail,
    string PresentingNeeds, RiskLevel? RiskLevel, Guid WorkerId, string WorkerName, Guid? SupervisorId, string? SupervisorName,
    bool? Accepted, string? SupervisorOpinion, DateOnly IntakeDate, DateOnly? DecidedOn, DateOnly? ClosedOn,
    DateOnly? LastContactOn, DateOnly? NextContactDue, DateOnly? NextReviewDue,
    int AssessmentCount, int PlanCount, int ServiceCount, int ServiceMinutes, long Version, Guid? CurrentPlanId);

/// <summary>The case page's header. Opening a case shows a person's data, so the read is access-logged (C1.3.4).</summary>
internal sealed class GetCaseHandler(CasesDb db, CaseAccess access, IAccessLog log, IStaffDirectory staff)
{
    public async Task<Result<CaseHeader>> HandleAsync(Guid id, CancellationToken ct)
    {
        var header = await access.Cases().AsNoTracking().Where(k => k.Id == id)
            .Select(k => new CaseHeader(k.Id, k.Number, k.ClientId, k.Client!.Name, k.Status, k.Source, k.SourceDetail,
                k.PresentingNeeds, k.RiskLevel, k.WorkerId, k.WorkerName, k.SupervisorId, k.SupervisorName,
                k.Accepted, k.SupervisorOpinion, k.IntakeDate, k.DecidedOn, k.ClosedOn, k.LastContactOn, k.NextContactDue, k.NextReviewDue,
                db.Assessments.Count(a => a.CaseId == k.Id), db.ServicePlans.Count(p => p.CaseId == k.Id), k.ServiceCount, k.ServiceMinutes,
                k.Version,
                db.ServicePlans.Where(p => p.CaseId == k.Id && p.Status == PlanStatus.Approved)
                    .OrderByDescending(p => p.VersionNo).Select(p => (Guid?)p.Id).FirstOrDefault()))
            .FirstOrDefaultAsync(ct);
        if (header is null) return Error.NotFound();
        await log.RecordAsync("case", id, "查看个案", null, ct);
        // Names as they are now, not as they were when the case was opened (docs/adr/012).
        var names = await staff.NamesAsync([header.WorkerId, header.SupervisorId ?? Guid.Empty], ct);
        return header with
        {
            WorkerName = names.Of(header.WorkerId, header.WorkerName),
            SupervisorName = header.SupervisorId is null ? null : names.Of(header.SupervisorId, header.SupervisorName),
        };
    }
}
