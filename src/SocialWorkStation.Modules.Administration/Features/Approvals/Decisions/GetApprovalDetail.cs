using Microsoft.EntityFrameworkCore;
using SocialWorkStation.Platform;
using SocialWorkStation.Platform.Approvals;
using SocialWorkStation.Platform.Common;
using SocialWorkStation.Platform.Identity;
using SocialWorkStation.Platform.Permissions;
using SocialWorkStation.Platform.Results;

namespace SocialWorkStation.Modules.Administration.Features.Approvals.Decisions;

public sealed record ApprovalDetail(
    Guid Id, string Number, string SubjectType, string SubjectName, string Title, string? Summary,
    long? AmountFen, decimal? Amount, Guid RequesterId, string RequesterName, ApprovalStatus Status,
    int CurrentStep, int Round, DateTime SubmittedAt, DateTime? CompletedAt,
    IReadOnlyList<ApprovalStepView> Steps, IReadOnlyList<ApprovalHistoryEntry> History, AllowedDecisions Allowed)
{
    /// <summary>The reason of the latest return, shown to the requester while the request is returned.</summary>
    public string? ReturnReason => Status == ApprovalStatus.Returned
        ? History.LastOrDefault(h => h.Decision == ApprovalDecision.Rejected)?.Comment : null;
}

/// <summary>One step as copied at submission. <paramref name="ApprovedBy"/>: who approved it in the current round.</summary>
public sealed record ApprovalStepView(
    int Order, string Name, string? Role, string? Permission, string Approver, bool RequireAll, bool IsCurrent, IReadOnlyList<string> ApprovedBy);

public sealed record ApprovalHistoryEntry(
    DateTime At, Guid UserId, string UserName, ApprovalDecision Decision, string? Comment, int StepOrder, string? StepName, int Round);

/// <summary>What the current user may do now; pages show only these buttons, the engine checks again on the action.</summary>
public sealed record AllowedDecisions(bool Approve, bool Return, bool Resubmit, bool Withdraw);

public sealed class GetApprovalDetailHandler(
    IPlatformDb db, ICurrentUser user, PermissionCatalog catalog, IEnumerable<IApprovalSubjectHandler> subjects)
{
    public async Task<Result<ApprovalDetail>> HandleAsync(Guid id, CancellationToken ct = default)
    {
        // The station query filter makes another station's request simply not found.
        var r = await db.ApprovalRequests.AsNoTracking().AsSplitQuery()
            .Include(x => x.Steps).Include(x => x.History).FirstOrDefaultAsync(x => x.Id == id, ct);
        if (r is null || !ApprovalEligibility.CanView(user, r)) return Error.NotFound();

        var steps = r.Steps.OrderBy(s => s.Order).ToList();
        var history = r.History.OrderBy(a => a.At).ThenBy(a => a.Id).ToList();
        var current = steps.FirstOrDefault(s => s.Order == r.CurrentStep);
        var pending = r.Status == ApprovalStatus.Pending;
        var mine = r.RequesterId == user.Id;
        var alreadyApproved = history.Any(a => a.Round == r.Round && a.StepOrder == r.CurrentStep
                                               && a.UserId == user.Id && a.Decision == ApprovalDecision.Approved);
        var canDecide = pending && !mine && current is not null && ApprovalEligibility.CanAct(user, current) && !alreadyApproved;

        return new ApprovalDetail(
            r.Id, r.Number, r.SubjectType, subjects.FirstOrDefault(s => s.SubjectType == r.SubjectType)?.DisplayName ?? r.SubjectType,
            r.Title, r.Summary, r.AmountFen, Money.ToYuan(r.AmountFen), r.RequesterId, r.RequesterName, r.Status,
            r.CurrentStep, r.Round, r.SubmittedAt, r.CompletedAt,
            steps.Select(s => new ApprovalStepView(s.Order, s.Name, s.Role, s.Permission, ApproverLabel(s.Role, s.Permission),
                s.RequireAll, pending && s.Order == r.CurrentStep,
                history.Where(a => a.Round == r.Round && a.StepOrder == s.Order && a.Decision == ApprovalDecision.Approved)
                    .Select(a => a.UserName).ToList())).ToList(),
            history.Select(a => new ApprovalHistoryEntry(a.At, a.UserId, a.UserName, a.Decision, a.Comment, a.StepOrder,
                steps.FirstOrDefault(s => s.Order == a.StepOrder)?.Name, a.Round)).ToList(),
            new AllowedDecisions(canDecide, canDecide, mine && r.Status == ApprovalStatus.Returned,
                mine && r.Status is ApprovalStatus.Pending or ApprovalStatus.Returned));
    }

    private string ApproverLabel(string? role, string? permission) =>
        role ?? catalog.All.FirstOrDefault(p => p.Code == permission)?.Name ?? permission ?? "";
}
