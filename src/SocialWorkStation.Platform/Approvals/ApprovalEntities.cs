using System.ComponentModel.DataAnnotations;
using SocialWorkStation.Platform.Common;

namespace SocialWorkStation.Platform.Approvals;

// Names, not numbers, in the API: clients should not depend on declaration order.
public enum ApprovalStatus { Pending, Returned, Approved, Withdrawn }

public enum ApprovalDecision { Submitted, Approved, Rejected, Resubmitted, Withdrawn }

/// <summary>A configured flow for one subject type. StationId null is the county default; a station's own flow wins.</summary>
public sealed class ApprovalFlow : Entity
{
    public Guid OrganisationId { get; set; }
    public Guid? StationId { get; set; }
    [MaxLength(50)] public required string SubjectType { get; set; }
    [MaxLength(100)] public required string Name { get; set; }
    public List<ApprovalFlowStep> Steps { get; set; } = [];
}

public sealed class ApprovalFlowStep
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid FlowId { get; set; }
    public int Order { get; set; }
    [MaxLength(100)] public required string Name { get; set; }
    /// <summary>Who may decide: holders of this role, or of this permission (one of the two is set).</summary>
    [MaxLength(50)] public string? Role { get; set; }
    [MaxLength(100)] public string? Permission { get; set; }
    /// <summary>The step applies only when the request's amount (fen) reaches this threshold.</summary>
    public long? MinAmountFen { get; set; }
    /// <summary>False: any one eligible approver decides. True: every eligible approver must approve.</summary>
    public bool RequireAll { get; set; }
}

public sealed class ApprovalRequest : StationEntity
{
    [MaxLength(30)] public string Number { get; set; } = "";
    [MaxLength(50)] public required string SubjectType { get; set; }
    public Guid SubjectId { get; set; }
    [MaxLength(200)] public required string Title { get; set; }
    [MaxLength(2000)] public string? Summary { get; set; }
    public long? AmountFen { get; set; }
    public Guid RequesterId { get; set; }
    [MaxLength(50)] public string RequesterName { get; set; } = "";
    public ApprovalStatus Status { get; set; }
    public int CurrentStep { get; set; }
    /// <summary>Incremented on each resubmission, so approvals given before a return no longer count.</summary>
    public int Round { get; set; } = 1;
    public DateTime SubmittedAt { get; set; }
    /// <summary>Set on every decision, so each one updates this row and its concurrency token: two people
    /// deciding at the same moment conflict (409) instead of both counting against a stale state.</summary>
    public DateTime LastActionAt { get; set; }
    public DateTime? CompletedAt { get; set; }
    /// <summary>Steps copied from the flow at submission, so later configuration changes do not move running requests.</summary>
    public List<ApprovalRequestStep> Steps { get; set; } = [];
    public List<ApprovalAction> History { get; set; } = [];
}

public sealed class ApprovalRequestStep
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid RequestId { get; set; }
    public int Order { get; set; }
    [MaxLength(100)] public required string Name { get; set; }
    [MaxLength(50)] public string? Role { get; set; }
    [MaxLength(100)] public string? Permission { get; set; }
    public bool RequireAll { get; set; }
}

public sealed class ApprovalAction
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid RequestId { get; set; }
    public int StepOrder { get; set; }
    public int Round { get; set; }
    public Guid UserId { get; set; }
    [MaxLength(50)] public string UserName { get; set; } = "";
    public ApprovalDecision Decision { get; set; }
    [MaxLength(1000)] public string? Comment { get; set; }
    public DateTime At { get; set; }
}
