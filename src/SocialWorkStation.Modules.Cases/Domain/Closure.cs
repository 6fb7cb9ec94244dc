using System.ComponentModel.DataAnnotations;
using SocialWorkStation.Platform.Common;
using SocialWorkStation.Platform.Results;

namespace SocialWorkStation.Modules.Cases.Domain;

public enum ClosureReason { GoalsAchieved, PeriodEnded, Referred, ClientTerminated, LostContact, MovedAway, Deceased, Other }
public enum ClosureStatus { UnderReview, Returned, Approved, Withdrawn }

/// <summary>结案申请 (C3.5.1) with the closing summary and evaluation (C3.5.3); the case closes only when a
/// supervisor approves it through the approvals engine.</summary>
internal sealed class CaseClosure : StationEntity
{
    public Guid CaseId { get; set; }
    public ClosureReason Reason { get; set; }
    [Personal, MaxLength(500)] public string? ReasonDetail { get; set; }
    [Personal, MaxLength(4000)] public required string Summary { get; set; }
    [Personal, MaxLength(2000)] public required string GoalAttainment { get; set; }
    [Personal, MaxLength(2000)] public string? ClientEvaluation { get; set; }
    /// <summary>经验总结 for future work (C3.5.3).</summary>
    [Personal, MaxLength(2000)] public required string Lessons { get; set; }
    public ClosureStatus Status { get; set; }
    public Guid? ApprovalRequestId { get; set; }
    [Personal, MaxLength(1000)] public string? ReviewComment { get; set; }
    public Guid RequestedById { get; set; }
    /// <summary>Legacy (docs/adr/012): the name copied here before records held staff ids; no longer written, read only by
    /// the start-up upgrade and as a fallback. A later release drops it.</summary>
    [Personal, MaxLength(50)] public string RequestedByName { get; set; } = "";
    public DateTime RequestedAt { get; set; }
    public DateTime? ApprovedAt { get; set; }

    public bool CanBeResubmitted => Status == ClosureStatus.Returned && ApprovalRequestId is not null;

    /// <summary>A returned request, corrected, goes back to the same approval request (its next round).</summary>
    public Result Resubmit(string summary, string goalAttainment, string? clientEvaluation, string lessons, DateTime now)
    {
        if (!CanBeResubmitted) return Error.Rule("只有被退回的结案申请可以重新提交。");
        Summary = summary.Trim();
        GoalAttainment = goalAttainment.Trim();
        ClientEvaluation = clientEvaluation.TrimToNull();
        Lessons = lessons.Trim();
        Status = ClosureStatus.UnderReview;
        RequestedAt = now;
        return Result.Success();
    }

    public void Approve(string? comment, DateTime now)
    {
        Status = ClosureStatus.Approved;
        ApprovedAt = now;
        ReviewComment = comment;
    }

    /// <summary>Returned by the supervisor (with the comment) or withdrawn by the worker (no comment).</summary>
    public void Return(bool returned, string? comment)
    {
        Status = returned ? ClosureStatus.Returned : ClosureStatus.Withdrawn;
        ReviewComment = returned ? comment : null;
    }
}

/// <summary>跟进回访 (C3.5.2): scheduled on closure (default 1 and 3 months after), then recorded.</summary>
internal sealed class FollowUp : StationEntity
{
    public Guid CaseId { get; set; }
    public DateOnly DueOn { get; set; }
    public DateOnly? DoneOn { get; set; }
    [MaxLength(20)] public string? Method { get; set; }
    /// <summary>后续需求和生活状况.</summary>
    [Personal, MaxLength(2000)] public string? Findings { get; set; }
    [Personal, MaxLength(1000)] public string? SupportProvided { get; set; }
    public bool NeedsReopening { get; set; }
    /// <summary>Staff id of who recorded the visit (set with <see cref="DoneOn"/>).</summary>
    public Guid? RecordedById { get; set; }
    /// <summary>Legacy (docs/adr/012): the name copied here before records held staff ids; no longer written, read only by
    /// the start-up upgrade and as a fallback. A later release drops it.</summary>
    [Personal, MaxLength(50)] public string? RecordedByName { get; set; }

    /// <summary>Records the visit (C3.5.2): only for a closed case, once, on a day between the closure and today.</summary>
    public Result Record(Case item, DateOnly done, string method, string findings, string? supportProvided, bool needsReopening,
        Guid recordedById, DateOnly today)
    {
        if (item.Status != CaseStatus.Closed || item.ClosedOn is not { } closedOn) return Error.Rule("只有已结案的个案可以记录跟进回访。");
        if (done < closedOn) return Error.Invalid("doneOn", "回访日期不能早于结案日期。");
        if (done > today) return Error.Invalid("doneOn", "回访日期不能晚于今天。");
        if (DoneOn is not null) return Error.Rule("该次回访已记录。");
        DoneOn = done;
        Method = method;
        Findings = findings.Trim();
        SupportProvided = supportProvided.TrimToNull();
        NeedsReopening = needsReopening;
        RecordedById = recordedById;
        return Result.Success();
    }
}
