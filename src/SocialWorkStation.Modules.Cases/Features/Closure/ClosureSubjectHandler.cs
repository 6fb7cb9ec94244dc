using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SocialWorkStation.Modules.Cases.Data;
using SocialWorkStation.Modules.Cases.Domain;
using SocialWorkStation.Modules.Cases.Features.Archiving;
using SocialWorkStation.Modules.Cases.Features.Intake;
using SocialWorkStation.Platform.Approvals;
using SocialWorkStation.Platform.Identity;
using SocialWorkStation.Platform.Stations;

namespace SocialWorkStation.Modules.Cases.Features.Closure;

/// <summary>结案审核 in the approvals engine. The ONLY place a case becomes Closed (C3.5.1): on approval, with the
/// follow-up visits scheduled (C3.5.2). Runs inside the deciding transaction; the engine saves afterwards.</summary>
internal sealed class ClosureSubjectHandler(CasesDb db, ICurrentUser user, StationClock clock, IOptions<CasesOptions> options,
    CaseFileHandOffHandler archive) : IApprovalSubjectHandler
{
    public string SubjectType => CasesSubjects.Closure;
    public string DisplayName => "结案审核";
    public IReadOnlyList<DefaultFlowStep>? DefaultSteps => [new("督导审核", null, CasesPermissions.Review)];

    public async Task OnOutcomeAsync(ApprovalOutcome outcome, CancellationToken ct)
    {
        var closure = await db.Closures.FirstOrDefaultAsync(c => c.Id == outcome.SubjectId, ct);
        var item = closure is null ? null : await db.Cases.FirstOrDefaultAsync(c => c.Id == closure.CaseId, ct);
        if (closure is null || item is null) return;
        var now = clock.UtcNow();
        switch (outcome.Status)
        {
            case ApprovalStatus.Approved:
                closure.Approve(outcome.Comment, now);
                var closedOn = clock.Today();
                item.Close(closedOn, now);
                foreach (var months in options.Value.FollowUpMonths.Where(m => m > 0).Distinct().Order())
                    db.FollowUps.Add(new FollowUp { StationId = item.StationId, CaseId = item.Id, DueOn = closedOn.AddMonths(months) });
                db.Log(item, CaseEventKind.Closed, $"结案审核通过：{closure.Reason.Label()}", user, now);
                // With no follow-ups configured, the approved closure completes the case file (C8.2.2).
                if ((await archive.SyncAsync(item, ct)).Error is { } notDeclared)
                    throw new InvalidOperationException($"Case {item.Id} could not be handed to the archive: {notDeclared.Message}");
                break;
            case ApprovalStatus.Returned:
            case ApprovalStatus.Withdrawn:
                var returned = outcome.Status == ApprovalStatus.Returned;
                closure.Return(returned, outcome.Comment);
                item.ResumeServices(await db.ServicePlans.AnyAsync(p => p.CaseId == item.Id && p.Status == PlanStatus.Approved, ct), now);
                db.Log(item, CaseEventKind.ClosureReturned, returned ? $"结案申请被退回：{outcome.Comment}" : "结案申请已撤回", user, now);
                break;
        }
    }
}
