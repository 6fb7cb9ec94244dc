using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SocialWorkStation.Modules.Cases.Data;
using SocialWorkStation.Modules.Cases.Domain;
using SocialWorkStation.Modules.Cases.Features.Intake;
using SocialWorkStation.Platform.Approvals;
using SocialWorkStation.Platform.Identity;
using SocialWorkStation.Platform.Stations;

namespace SocialWorkStation.Modules.Cases.Features.Plans;

/// <summary>服务计划审核 (C3.2.2): the team review of a plan version, decided by supervisors or the director (holders of
/// <see cref="CasesPermissions.Review"/>). Runs inside the engine's transaction, which saves; nothing is saved here.</summary>
internal sealed class PlanSubjectHandler(CasesDb db, ICurrentUser user, StationClock clock, IOptions<CasesOptions> options) : IApprovalSubjectHandler
{
    public string SubjectType => CasesSubjects.Plan;
    public string DisplayName => "服务计划审核";
    public IReadOnlyList<DefaultFlowStep>? DefaultSteps => [new("督导/站长团队审核", null, CasesPermissions.Review)];

    public async Task OnOutcomeAsync(ApprovalOutcome outcome, CancellationToken ct)
    {
        var plan = await db.ServicePlans.FirstOrDefaultAsync(p => p.Id == outcome.SubjectId, ct);
        if (plan is null) return;
        var item = await db.Cases.FirstAsync(k => k.Id == plan.CaseId, ct);
        var now = clock.UtcNow();
        switch (outcome.Status)
        {
            case ApprovalStatus.Approved:
                // The approved version replaces the one in force, which stays readable as Superseded (C3.3.3).
                foreach (var old in await db.ServicePlans.Where(p => p.CaseId == plan.CaseId && p.Id != plan.Id && p.Status == PlanStatus.Approved).ToListAsync(ct))
                    old.Supersede();
                plan.Approve(outcome.Comment, now);
                item.PlanApproved(clock.Today().AddDays(options.Value.ReviewIntervalDays), now);
                CaseTimeline.Log(db, item, CaseEventKind.PlanApproved, $"服务计划第{plan.VersionNo}版审核通过", user, now);
                break;
            case ApprovalStatus.Returned:
                plan.Return(outcome.Comment);
                CaseTimeline.Log(db, item, CaseEventKind.PlanReturned, $"服务计划第{plan.VersionNo}版被退回：{outcome.Comment}", user, now);
                break;
            case ApprovalStatus.Withdrawn:
                plan.Withdraw();
                break;
        }
    }
}
