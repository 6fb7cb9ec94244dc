using System.ComponentModel.DataAnnotations;
using SocialWorkStation.Platform.Common;
using SocialWorkStation.Platform.Results;

namespace SocialWorkStation.Modules.Cases.Domain;

public enum IntakeSource { SelfReferral, Referral, OutreachVisit, GridReport, CivilAffairsDispatch, Other }
public enum RiskLevel { Low, Medium, High }

/// <summary>The casework stages of MZ/T 094-2017 as a state machine; closure and its approval end the case,
/// follow-ups continue after it (C3.5.2).</summary>
public enum CaseStatus { Intake, Assessment, Planning, Intervention, ClosurePending, Closed, NotAccepted }

/// <summary>个案. Opened at intake with a 案号 from Numbering; the worker and supervisor named here (with the
/// station director) are who may open the client's file (C1.3.4).</summary>
internal sealed class Case : StationEntity
{
    [MaxLength(40)] public string Number { get; set; } = "";
    public Guid ClientId { get; set; }
    public Client? Client { get; set; }
    public IntakeSource Source { get; set; }
    [Personal, MaxLength(200)] public string? SourceDetail { get; set; }
    [Personal, MaxLength(2000)] public required string PresentingNeeds { get; set; }
    public DateOnly IntakeDate { get; set; }
    public CaseStatus Status { get; set; }
    public RiskLevel? RiskLevel { get; set; }
    /// <summary>Staff ids (docs/adr/012); names are read from the staff directory when shown.</summary>
    public Guid WorkerId { get; set; }
    /// <summary>Legacy (docs/adr/012): the name copied here before records held staff ids; no longer written, read only by
    /// the start-up upgrade and as a fallback. A later release drops it.</summary>
    [Personal, MaxLength(50)] public string WorkerName { get; set; } = "";
    public Guid? SupervisorId { get; set; }
    /// <summary>Legacy (docs/adr/012): the name copied here before records held staff ids; no longer written, read only by
    /// the start-up upgrade and as a fallback. A later release drops it.</summary>
    [Personal, MaxLength(50)] public string? SupervisorName { get; set; }
    /// <summary>接案决定 with the supervisor's opinion.</summary>
    public bool? Accepted { get; set; }
    [Personal, MaxLength(1000)] public string? SupervisorOpinion { get; set; }
    public DateOnly? DecidedOn { get; set; }
    public DateOnly? LastContactOn { get; set; }
    public DateOnly? NextContactDue { get; set; }
    public DateOnly? NextReviewDue { get; set; }
    public DateOnly? ClosedOn { get; set; }
    public int ServiceCount { get; set; }
    public int ServiceMinutes { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }

    public bool IsOpen => Status is not (CaseStatus.Closed or CaseStatus.NotAccepted);

    /// <summary>A case that never reached intervention can still end for reasons outside the worker's control.</summary>
    public static readonly IReadOnlyList<ClosureReason> EarlyClosureReasons =
        [ClosureReason.LostContact, ClosureReason.MovedAway, ClosureReason.Deceased, ClosureReason.ClientTerminated, ClosureReason.Referred];

    /// <summary>接案决定: accepted → assessment; not accepted → 不予接案. The assigned worker may not decide their own intake
    /// (a second pair of eyes is the point of the opinion) unless they are the station director, who in a one-worker
    /// station is the only one who could.</summary>
    public Result DecideIntake(bool accepted, string opinion, Guid deciderId, bool deciderIsDirector, DateOnly today, DateTime now)
    {
        if (Status != CaseStatus.Intake) return Error.Rule("该个案已作出接案决定。");
        if (WorkerId == deciderId && !deciderIsDirector) return Error.Forbidden("负责社工不能审核自己接的个案，请由督导或站长审核。");
        Accepted = accepted;
        SupervisorOpinion = opinion.Trim();
        DecidedOn = today;
        Status = accepted ? CaseStatus.Assessment : CaseStatus.NotAccepted;
        UpdatedAt = now;
        return Result.Success();
    }

    /// <summary>A needs assessment was recorded: the first moves the case on to planning, a reassessment leaves the stage
    /// as it is. Says whether it was the first.</summary>
    public bool Assessed()
    {
        var first = Status == CaseStatus.Assessment;
        if (first) Status = CaseStatus.Planning;
        return first;
    }

    /// <summary>A plan version was approved: services begin (planning → intervention) and the next progress review is due.</summary>
    public void PlanApproved(DateOnly nextReviewDue, DateTime now)
    {
        if (Status == CaseStatus.Planning) Status = CaseStatus.Intervention;
        NextReviewDue = nextReviewDue;
        UpdatedAt = now;
    }

    /// <summary>结案申请 (C3.5.1): from intervention, or earlier for one of the <see cref="EarlyClosureReasons"/>; a returned
    /// request is corrected and resubmitted instead. The case waits in ClosurePending until the supervisor decides.</summary>
    public Result RequestClosure(ClosureReason reason, bool hasReturnedClosure, DateTime now)
    {
        var allowed = Status == CaseStatus.Intervention
                      || (Status is CaseStatus.Assessment or CaseStatus.Planning && EarlyClosureReasons.Contains(reason));
        if (!allowed) return Error.Rule(Status switch
        {
            CaseStatus.ClosurePending => "该个案的结案申请正在审核中。",
            CaseStatus.Closed => "该个案已结案。",
            _ => "该个案当前阶段不能申请结案。",
        });
        if (hasReturnedClosure) return Error.Rule("该个案有被退回的结案申请，请修改后重新提交。");
        Status = CaseStatus.ClosurePending;
        UpdatedAt = now;
        return Result.Success();
    }

    /// <summary>A returned closure request, corrected, goes back to the supervisor: the case waits in ClosurePending again.</summary>
    public void ResubmitClosure(DateTime now)
    {
        Status = CaseStatus.ClosurePending;
        UpdatedAt = now;
    }

    /// <summary>The supervisor approved the closure (through the approvals engine): the case is closed today.</summary>
    public void Close(DateOnly today, DateTime now)
    {
        Status = CaseStatus.Closed;
        ClosedOn = today;
        UpdatedAt = now;
    }

    /// <summary>A closure request returned or withdrawn: back to where services continue, intervention if a plan is in
    /// force, otherwise planning.</summary>
    public void ResumeServices(bool hasApprovedPlan, DateTime now)
    {
        Status = hasApprovedPlan ? CaseStatus.Intervention : CaseStatus.Planning;
        UpdatedAt = now;
    }

    /// <summary>重新开案: a closed case whose client needs help again goes back to needs assessment.</summary>
    public Result Reopen(DateTime now)
    {
        if (Status != CaseStatus.Closed) return Error.Rule("只有已结案的个案可以重新开案。");
        Status = CaseStatus.Assessment;
        ClosedOn = null;
        UpdatedAt = now;
        return Result.Success();
    }
}

public enum CaseEventKind { Opened, IntakeDecided, Assessed, PlanSubmitted, PlanReturned, PlanApproved, ServiceRecorded, Reviewed, ClosureRequested, ClosureReturned, Closed, FollowUpRecorded, Reopened, Reassigned }

/// <summary>One line of the case timeline (C3.4.2), written by each use case in the same transaction.</summary>
internal sealed class CaseEvent : StationEntity
{
    public Guid CaseId { get; set; }
    public DateTime At { get; set; }
    public CaseEventKind Kind { get; set; }
    [Personal, MaxLength(500)] public required string Text { get; set; }
    /// <summary>The staff id of who acted; null for the system (start-up, seeding), whose name stays in UserName.</summary>
    public Guid? UserId { get; set; }
    /// <summary>Legacy (docs/adr/012): the name copied here before records held staff ids; no longer written, read only by
    /// the start-up upgrade and as a fallback. A later release drops it.</summary>
    [MaxLength(50)] public string UserName { get; set; } = "";
}
