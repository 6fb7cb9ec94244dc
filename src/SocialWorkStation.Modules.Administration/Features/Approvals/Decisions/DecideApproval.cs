using System.ComponentModel.DataAnnotations;
using SocialWorkStation.Platform.Approvals;
using SocialWorkStation.Platform.Results;

namespace SocialWorkStation.Modules.Administration.Features.Approvals.Decisions;

/// <summary>Comment for 同意 / 重新提交 / 撤回 (optional).</summary>
public sealed class DecisionRequest
{
    [MaxLength(1000, ErrorMessage = "意见最长 1000 个字符。")]
    [Display(Name = "审批意见")]
    public string? Comment { get; set; }
}

/// <summary>退回 needs a reason the requester can act on.</summary>
public sealed class ReturnRequest
{
    [Required(ErrorMessage = "退回时必须填写理由。"), MaxLength(1000, ErrorMessage = "理由最长 1000 个字符。")]
    [Display(Name = "退回理由")]
    public string Reason { get; set; } = "";
}

/// <summary>The four decisions on a request, one thin call each into the engine, which enforces who may do what
/// (never one's own request; only the current step's approvers; only the requester resubmits or withdraws).</summary>
public sealed class DecideApprovalHandler(IApprovals approvals)
{
    public Task<Result> ApproveAsync(Guid id, DecisionRequest? request, CancellationToken ct = default) =>
        TooLong(request?.Comment, "comment") ?? approvals.ApproveAsync(id, request?.Comment, ct);

    public Task<Result> ReturnAsync(Guid id, ReturnRequest request, CancellationToken ct = default) =>
        TooLong(request.Reason, "reason") ?? approvals.RejectAsync(id, request.Reason ?? "", ct);

    public Task<Result> ResubmitAsync(Guid id, DecisionRequest? request, CancellationToken ct = default) =>
        TooLong(request?.Comment, "comment") ?? approvals.ResubmitAsync(id, request?.Comment, ct);

    public Task<Result> WithdrawAsync(Guid id, DecisionRequest? request, CancellationToken ct = default) =>
        TooLong(request?.Comment, "comment") ?? approvals.WithdrawAsync(id, request?.Comment, ct);

    // Pages skip the endpoint filter, and an over-long value would otherwise fail in the database (PostgreSQL varchar).
    private static Task<Result>? TooLong(string? text, string field) =>
        text is { Length: > 1000 } ? Task.FromResult<Result>(Error.Invalid(field, "最长 1000 个字符。")) : null;
}
