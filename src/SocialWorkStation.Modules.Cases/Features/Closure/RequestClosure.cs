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

/// <summary>The closing summary and evaluation (C3.5.1, C3.5.3), shared by the request and its resubmission.</summary>
internal class ClosureTexts
{
    [Required(ErrorMessage = "请填写服务总结。"), MaxLength(4000, ErrorMessage = "服务总结最长 4000 个字符。")]
    public string Summary { get; set; } = "";

    [Required(ErrorMessage = "请填写目标达成情况评估。"), MaxLength(2000, ErrorMessage = "目标达成情况最长 2000 个字符。")]
    public string GoalAttainment { get; set; } = "";

    [MaxLength(2000, ErrorMessage = "服务对象评价最长 2000 个字符。")]
    public string? ClientEvaluation { get; set; }

    [Required(ErrorMessage = "请填写经验总结。"), MaxLength(2000, ErrorMessage = "经验总结最长 2000 个字符。")]
    public string Lessons { get; set; } = "";

    /// <summary>Repeated from the annotations because pages call handlers directly; reason decides whether the client
    /// could still evaluate the service (not when lost or deceased).</summary>
    public Error? Check(ClosureReason reason)
    {
        if (string.IsNullOrWhiteSpace(Summary)) return Error.Invalid("summary", "请填写服务总结。");
        if (string.IsNullOrWhiteSpace(GoalAttainment)) return Error.Invalid("goalAttainment", "请填写目标达成情况评估。");
        if (string.IsNullOrWhiteSpace(Lessons)) return Error.Invalid("lessons", "请填写经验总结。");
        if (string.IsNullOrWhiteSpace(ClientEvaluation) && reason is not (ClosureReason.LostContact or ClosureReason.Deceased))
            return Error.Invalid("clientEvaluation", "请填写服务对象评价（失联、死亡的情形除外）。");
        if (Summary.Length > 4000) return Error.Invalid("summary", "服务总结最长 4000 个字符。");
        if (GoalAttainment.Length > 2000 || Lessons.Length > 2000 || ClientEvaluation is { Length: > 2000 })
            return Error.Invalid("goalAttainment", "内容过长。");
        return null;
    }
}

internal sealed class RequestClosureRequest : ClosureTexts
{
    [EnumDataType(typeof(ClosureReason), ErrorMessage = "请选择结案原因。")]
    public ClosureReason Reason { get; set; }

    [MaxLength(500, ErrorMessage = "原因说明最长 500 个字符。")]
    public string? ReasonDetail { get; set; }
}

/// <summary>结案申请 (C3.5.1): the request goes to the supervisor through the approvals engine and the case waits in
/// ClosurePending. Nothing here closes the case; only <see cref="ClosureSubjectHandler"/> does, on approval.</summary>
internal sealed class RequestClosureHandler(CasesDb db, CaseAccess access, IApprovals approvals, ICurrentUser user, StationClock clock,
    IStaffDirectory staff)
{
    public async Task<Result<ClosureDto>> HandleAsync(Guid caseId, RequestClosureRequest request, CancellationToken ct = default)
    {
        var item = await access.FindCaseAsync(caseId, ct);
        if (item is null) return Error.NotFound();
        if (!Enum.IsDefined(request.Reason)) return Error.Invalid("reason", "请选择结案原因。");
        var detail = request.ReasonDetail.TrimToNull();
        if (detail is null && request.Reason is ClosureReason.Other or ClosureReason.Referred)
            return Error.Invalid("reasonDetail", "结案原因为“转介”或“其他”时须填写原因说明。");
        if (detail is { Length: > 500 }) return Error.Invalid("reasonDetail", "原因说明最长 500 个字符。");
        if (request.Check(request.Reason) is { } invalid) return invalid;
        var hasReturned = await db.Closures.AnyAsync(c => c.CaseId == caseId && c.Status == ClosureStatus.Returned, ct);
        var now = clock.UtcNow();
        var requested = item.RequestClosure(request.Reason, hasReturned, now);
        if (requested.IsFailure) return requested.Error!;

        var closure = new CaseClosure
        {
            StationId = item.StationId, CaseId = item.Id, Reason = request.Reason, ReasonDetail = detail, Summary = request.Summary.Trim(),
            GoalAttainment = request.GoalAttainment.Trim(), ClientEvaluation = request.ClientEvaluation.TrimToNull(),
            Lessons = request.Lessons.Trim(), Status = ClosureStatus.UnderReview, RequestedById = user.StaffId, RequestedAt = now,
        };
        // The closure, the case's new status and the approval request commit together or not at all.
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        db.Closures.Add(closure);
        db.Log(item, CaseEventKind.ClosureRequested, $"申请结案：{request.Reason.Label()}", user, now);
        // The approval lists show the reason only: the narrative stays in the case file, behind the case's access rule (issue 10).
        var started = await approvals.StartAsync(new ApprovalStart(CasesSubjects.Closure, closure.Id, $"结案审核：{item.Number}",
            $"结案原因：{request.Reason.Label()}", null), ct);
        if (started.IsFailure) return started.Error!;
        closure.ApprovalRequestId = started.Value;
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return ClosureDto.From(closure, await staff.NamesAsync([closure.RequestedById], ct));
    }
}

internal sealed record ClosureDto(
    Guid Id, Guid CaseId, ClosureReason Reason, string? ReasonDetail,
    string Summary, string GoalAttainment, string? ClientEvaluation, string Lessons,
    ClosureStatus Status,
    Guid? ApprovalRequestId, string? ReviewComment, string RequestedByName, DateTime RequestedAt, DateTime? ApprovedAt, long Version)
{
    /// <summary><paramref name="names"/> holds the requester's current name (docs/adr/012).</summary>
    public static ClosureDto From(CaseClosure c, StaffNames names) => new(c.Id, c.CaseId, c.Reason, c.ReasonDetail, c.Summary, c.GoalAttainment,
        c.ClientEvaluation, c.Lessons, c.Status, c.ApprovalRequestId, c.ReviewComment, names.Of(c.RequestedById, c.RequestedByName),
        c.RequestedAt, c.ApprovedAt, c.Version);
}
