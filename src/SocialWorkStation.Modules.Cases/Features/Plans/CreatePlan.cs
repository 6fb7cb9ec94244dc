using Microsoft.EntityFrameworkCore;
using SocialWorkStation.Modules.Cases.Data;
using SocialWorkStation.Modules.Cases.Domain;
using SocialWorkStation.Platform.Identity;
using SocialWorkStation.Platform.Results;
using SocialWorkStation.Platform.Staff;

namespace SocialWorkStation.Modules.Cases.Features.Plans;

public sealed record SavedPlan(Guid Id, int VersionNo, long Version);

/// <summary>Drafts the next plan version. A revision is a new version reviewed again while the approved one stays in
/// force (C3.2.2, C3.3.3); one version at a time may be in the works.</summary>
internal sealed class CreatePlanHandler(CasesDb db, CaseAccess access, ICurrentUser user, TimeProvider clock, IStaffDirectory staff)
{
    public async Task<Result<SavedPlan>> HandleAsync(Guid caseId, SavePlanRequest request, CancellationToken ct)
    {
        var item = await access.Cases().AsNoTracking().FirstOrDefaultAsync(k => k.Id == caseId, ct);
        if (item is null) return Error.NotFound();
        if (item.Status is not (CaseStatus.Assessment or CaseStatus.Planning or CaseStatus.Intervention))
            return Error.Rule("当前个案状态不能制定服务计划。");
        if (!await db.Assessments.AnyAsync(a => a.CaseId == caseId, ct)) return Error.Rule("请先完成需求评估。");
        var versions = await db.ServicePlans.AsNoTracking().Where(p => p.CaseId == caseId)
            .Select(p => new { p.VersionNo, p.Status }).ToListAsync(ct);
        if (versions.Any(v => v.Status is PlanStatus.Draft or PlanStatus.Returned or PlanStatus.UnderReview))
            return Error.Conflict("本个案已有未完成审核的计划版本，请在其基础上修改。");

        var plan = new ServicePlan
        {
            StationId = item.StationId, CaseId = caseId, VersionNo = versions.Count == 0 ? 1 : versions.Max(v => v.VersionNo) + 1,
            Status = PlanStatus.Draft, Content = "", Methods = "", AuthorId = user.StaffId, CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        var applied = await PlanRules.ApplyAsync(db, staff, plan, request, versions.Any(v => v.Status == PlanStatus.Approved), ct);
        if (applied.IsFailure) return applied.Error!;
        db.ServicePlans.Add(plan);
        await db.SaveChangesAsync(ct);
        return new SavedPlan(plan.Id, plan.VersionNo, plan.Version);
    }
}
