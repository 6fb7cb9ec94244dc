using SocialWorkStation.Platform.Results;

namespace SocialWorkStation.Platform.Approvals;

/// <summary>Subject types that belong to no module.</summary>
public static class ApprovalSubjects
{
    /// <summary>通用事项: anything a station needs signed off that no module owns; its county default flow is seeded at setup.</summary>
    public const string General = "general";
}

/// <summary>What a module passes to start an approval for one of its records.</summary>
public sealed record ApprovalStart(string SubjectType, Guid SubjectId, string Title, string? Summary, long? AmountFen);

/// <summary>Told to the subject's module when a request is finally approved, returned or withdrawn.</summary>
public sealed record ApprovalOutcome(Guid RequestId, string SubjectType, Guid SubjectId, ApprovalStatus Status, string? Comment);

/// <summary>One step of a subject type's seeded default flow: decided by a role or by holders of a permission.</summary>
public sealed record DefaultFlowStep(string Name, string? Role, string? Permission);

/// <summary>The generic engine (flows configured per station). Nobody approves their own request.</summary>
public interface IApprovals
{
    /// <summary>Starts a request in the current station within the caller's transaction; returns the new request's id.</summary>
    Task<Result<Guid>> StartAsync(ApprovalStart start, CancellationToken ct = default);
    Task<Result> ApproveAsync(Guid requestId, string? comment, CancellationToken ct = default);
    /// <summary>Returns the request to its requester with the reason (退回).</summary>
    Task<Result> RejectAsync(Guid requestId, string reason, CancellationToken ct = default);
    Task<Result> ResubmitAsync(Guid requestId, string? comment, CancellationToken ct = default);
    Task<Result> WithdrawAsync(Guid requestId, string? comment, CancellationToken ct = default);
}

/// <summary>A module plugs a subject type (service plan, expenditure, requisition…) into the engine.</summary>
public interface IApprovalSubjectHandler
{
    string SubjectType { get; }
    string DisplayName { get; }
    /// <summary>The county default flow seeded for a new organisation (administrators may change it); null seeds none.</summary>
    IReadOnlyList<DefaultFlowStep>? DefaultSteps => null;
    Task OnOutcomeAsync(ApprovalOutcome outcome, CancellationToken ct);
}

public sealed record ApprovalSummary(
    Guid Id, string Number, string SubjectType, string Title, string RequesterName, ApprovalStatus Status,
    string? CurrentStepName, long? AmountFen, DateTime SubmittedAt);

/// <summary>我的待办: requests waiting for the current user's decision in the stations they can see.</summary>
public interface IApprovalInbox
{
    Task<int> CountAsync(CancellationToken ct = default);
    Task<IReadOnlyList<ApprovalSummary>> PendingForMeAsync(CancellationToken ct = default);
}
