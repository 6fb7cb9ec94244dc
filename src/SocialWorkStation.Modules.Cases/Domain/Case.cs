using System.ComponentModel.DataAnnotations;
using SocialWorkStation.Platform.Common;

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
    [MaxLength(200)] public string? SourceDetail { get; set; }
    [MaxLength(2000)] public required string PresentingNeeds { get; set; }
    public DateOnly IntakeDate { get; set; }
    public CaseStatus Status { get; set; }
    public RiskLevel? RiskLevel { get; set; }
    /// <summary>Staff ids (docs/adr/012); names are read from the staff directory when shown.</summary>
    public Guid WorkerId { get; set; }
    /// <summary>Legacy (docs/adr/012): the name copied here before records held staff ids; no longer written, read only by
    /// the start-up upgrade and as a fallback. A later release drops it.</summary>
    [MaxLength(50)] public string WorkerName { get; set; } = "";
    public Guid? SupervisorId { get; set; }
    /// <summary>Legacy (docs/adr/012): the name copied here before records held staff ids; no longer written, read only by
    /// the start-up upgrade and as a fallback. A later release drops it.</summary>
    [MaxLength(50)] public string? SupervisorName { get; set; }
    /// <summary>接案决定 with the supervisor's opinion.</summary>
    public bool? Accepted { get; set; }
    [MaxLength(1000)] public string? SupervisorOpinion { get; set; }
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
}

public enum CaseEventKind { Opened, IntakeDecided, Assessed, PlanSubmitted, PlanReturned, PlanApproved, ServiceRecorded, Reviewed, ClosureRequested, ClosureReturned, Closed, FollowUpRecorded, Reopened, Reassigned }

/// <summary>One line of the case timeline (C3.4.2), written by each use case in the same transaction.</summary>
internal sealed class CaseEvent : StationEntity
{
    public Guid CaseId { get; set; }
    public DateTime At { get; set; }
    public CaseEventKind Kind { get; set; }
    [MaxLength(500)] public required string Text { get; set; }
    /// <summary>The staff id of who acted; null for the system (start-up, seeding), whose name stays in UserName.</summary>
    public Guid? UserId { get; set; }
    /// <summary>Legacy (docs/adr/012): the name copied here before records held staff ids; no longer written, read only by
    /// the start-up upgrade and as a fallback. A later release drops it.</summary>
    [MaxLength(50)] public string UserName { get; set; } = "";
}
