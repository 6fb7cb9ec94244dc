using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using SocialWorkStation.Modules.Cases.Data;
using SocialWorkStation.Modules.Cases.Domain;
using SocialWorkStation.Modules.Cases.Features.Intake;
using SocialWorkStation.Platform.Approvals;
using SocialWorkStation.Platform.Common;
using SocialWorkStation.Platform.Identity;
using SocialWorkStation.Platform.Results;
using SocialWorkStation.Platform.Staff;
using SocialWorkStation.Platform.Stations;

namespace SocialWorkStation.Modules.Cases.Features.Closure;

internal sealed class ResubmitClosureRequest : ClosureTexts
{
    [Range(0, long.MaxValue, ErrorMessage = "版本号无效。")]
    public long Version { get; set; }
}

/// <summary>A returned closure is corrected and goes back to the same approval request (next round); the case waits
/// in ClosurePending again. The engine saves the changes with the resubmission, in one transaction.</summary>
internal sealed class ResubmitClosureHandler(CasesDb db, CaseAccess access, IApprovals approvals, ICurrentUser user, StationClock clock,
    IStaffDirectory staff)
{
    public async Task<Result<ClosureDto>> HandleAsync(Guid closureId, ResubmitClosureRequest request, CancellationToken ct = default)
    {
        var closure = await db.Closures.FirstOrDefaultAsync(c => c.Id == closureId, ct);
        var item = closure is null ? null : await access.FindCaseAsync(closure.CaseId, ct);
        if (closure is null || item is null) return Error.NotFound();
        if (request.Check(closure.Reason) is { } invalid) return invalid;
        if (closure.CanBeResubmitted && request.Version != closure.Version)
            return new ConflictDiff()
                .Field("summary", closure.Summary, request.Summary.Trim())
                .Field("goalAttainment", closure.GoalAttainment, request.GoalAttainment.Trim())
                .Field("clientEvaluation", closure.ClientEvaluation, request.ClientEvaluation.TrimToNull())
                .Field("lessons", closure.Lessons, request.Lessons.Trim())
                .ToError();

        var now = clock.UtcNow();
        var resubmitted = closure.Resubmit(request.Summary, request.GoalAttainment, request.ClientEvaluation, request.Lessons, now);
        if (resubmitted.IsFailure) return resubmitted.Error!;
        item.ResubmitClosure(now);
        db.Log(item, CaseEventKind.ClosureRequested, "重新提交结案申请", user, now);
        var again = await approvals.ResubmitAsync(closure.ApprovalRequestId!.Value, null, ct);
        if (again.IsFailure) return again.Error!;
        return ClosureDto.From(closure, await staff.NamesAsync([closure.RequestedById], ct));
    }
}
