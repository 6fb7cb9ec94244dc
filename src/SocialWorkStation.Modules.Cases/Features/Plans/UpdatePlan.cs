using Microsoft.EntityFrameworkCore;
using SocialWorkStation.Modules.Cases.Data;
using SocialWorkStation.Modules.Cases.Domain;
using SocialWorkStation.Platform.Results;
using SocialWorkStation.Platform.Staff;

namespace SocialWorkStation.Modules.Cases.Features.Plans;

/// <summary>Edits the version being drafted, or the one returned by the reviewer.</summary>
internal sealed class UpdatePlanHandler(CasesDb db, CaseAccess access, IStaffDirectory staff)
{
    public async Task<Result<SavedPlan>> HandleAsync(Guid planId, SavePlanRequest request, CancellationToken ct)
    {
        var plan = await db.ServicePlans.FirstOrDefaultAsync(p => p.Id == planId, ct);
        if (plan is null || !await access.Cases().AnyAsync(k => k.Id == plan.CaseId, ct)) return Error.NotFound();
        if (plan.Version != request.Version)
            return new ConflictDiff().Field("status", plan.Status.ToString(), plan.Status.ToString())
                .Field("content", plan.Content, request.Content).Field("methods", plan.Methods, request.Methods)
                .Field("plannedSessions", plan.PlannedSessions, request.PlannedSessions)
                .Field("responsibleStaffIds", string.Join(",", plan.ResponsibleStaffIds), string.Join(",", request.ResponsibleStaffIds)).ToError();
        if (!plan.IsEditable) return Error.Rule("只有草稿或被退回的计划可以修改。");
        var revision = await db.ServicePlans.AnyAsync(p => p.CaseId == plan.CaseId && p.Id != plan.Id
                                                           && (p.Status == PlanStatus.Approved || p.Status == PlanStatus.Superseded), ct);
        var applied = await PlanRules.ApplyAsync(db, staff, plan, request, revision, ct);
        if (applied.IsFailure) return applied.Error!;
        await db.SaveChangesAsync(ct);
        return new SavedPlan(plan.Id, plan.VersionNo, plan.Version);
    }
}
