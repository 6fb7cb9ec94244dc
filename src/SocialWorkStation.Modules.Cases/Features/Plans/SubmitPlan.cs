using Microsoft.EntityFrameworkCore;
using SocialWorkStation.Modules.Cases.Data;
using SocialWorkStation.Modules.Cases.Domain;
using SocialWorkStation.Modules.Cases.Features.Intake;
using SocialWorkStation.Platform.Approvals;
using SocialWorkStation.Platform.Identity;
using SocialWorkStation.Platform.Results;

namespace SocialWorkStation.Modules.Cases.Features.Plans;

public sealed record SubmittedPlan(Guid Id, Guid ApprovalRequestId);

/// <summary>Sends a plan version to the team review (C3.2.2) through the approvals engine. The plan's status and the
/// approval request change in one transaction, so a plan is never "under review" without a request or vice versa.</summary>
internal sealed class SubmitPlanHandler(CasesDb db, CaseAccess access, IApprovals approvals, ICurrentUser user, TimeProvider clock)
{
    public async Task<Result<SubmittedPlan>> HandleAsync(Guid planId, CancellationToken ct)
    {
        var plan = await db.ServicePlans.FirstOrDefaultAsync(p => p.Id == planId, ct);
        var item = plan is null ? null : await access.FindCaseAsync(plan.CaseId, ct);
        if (plan is null || item is null) return Error.NotFound();
        var now = clock.GetUtcNow().UtcDateTime;
        var resubmit = plan.Status == PlanStatus.Returned && plan.ApprovalRequestId is not null;
        if (plan.Submit(item.Status, now) is { IsFailure: true } refused) return refused.Error!;
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        CaseTimeline.Log(db, item, CaseEventKind.PlanSubmitted, $"服务计划第{plan.VersionNo}版{(resubmit ? "修改后重新" : "")}提交审核", user, now);
        if (resubmit)
        {
            // The engine tells the subject handler only final outcomes, not a resubmission: the status is set here.
            var again = await approvals.ResubmitAsync(plan.ApprovalRequestId!.Value, "已按审核意见修改", ct);
            if (again.IsFailure) return again.Error!;
        }
        else
        {
            var summary = $"目标 {plan.Goals.Count} 项；{plan.StartOn:yyyy-MM-dd} 至 {plan.EndOn:yyyy-MM-dd}，计划服务 {plan.PlannedSessions} 次"
                          // The revision's reason is narrative: it stays in the case file (issue 10).
                          + (plan.RevisionReason is null ? "" : "；修订版本");
            var started = await approvals.StartAsync(new ApprovalStart(CasesSubjects.Plan, plan.Id,
                $"服务计划审核：{item.Number} 第{plan.VersionNo}版", summary.Length > 1000 ? summary[..1000] : summary, null), ct);
            if (started.IsFailure) return started.Error!;
            plan.ApprovalRequestId = started.Value;
            await db.SaveChangesAsync(ct);
        }
        await tx.CommitAsync(ct);
        return new SubmittedPlan(plan.Id, plan.ApprovalRequestId!.Value);
    }
}
