using System.ComponentModel.DataAnnotations;
using SocialWorkStation.Platform.Approvals;
using SocialWorkStation.Platform.Common;
using SocialWorkStation.Platform.Results;

namespace SocialWorkStation.Modules.Administration.Features.Approvals.Requests;

/// <summary>通用事项申请: anything a station needs signed off that no module owns (subject type "general").
/// A class with setters, not a positional record, so the page's EditForm can bind it.</summary>
public sealed class SubmitGeneralRequest
{
    [Required(ErrorMessage = "请填写申请标题。"), MaxLength(200, ErrorMessage = "标题最长 200 个字符。")]
    [Display(Name = "申请标题")]
    public string Title { get; set; } = "";

    [Required(ErrorMessage = "请填写事由说明。"), MaxLength(2000, ErrorMessage = "事由说明最长 2000 个字符。")]
    [Display(Name = "事由说明")]
    public string Summary { get; set; } = "";

    /// <summary>Yuan, optional; stored as fen. Amount-threshold steps use it (C4.3.2).</summary>
    [Yuan]
    [Display(Name = "金额（元）")]
    public decimal? Amount { get; set; }
}

public sealed record SubmittedApproval(Guid Id);

public sealed class SubmitGeneralRequestHandler(IApprovals approvals)
{
    public async Task<Result<SubmittedApproval>> HandleAsync(SubmitGeneralRequest request, CancellationToken ct = default)
    {
        // The form checks this too; trimming can still leave nothing behind.
        if (string.IsNullOrWhiteSpace(request.Title)) return Error.Invalid("title", "请填写申请标题。");
        if (string.IsNullOrWhiteSpace(request.Summary)) return Error.Invalid("summary", "请填写事由说明。");
        var started = await approvals.StartAsync(new ApprovalStart(
            ApprovalSubjects.General, Guid.Empty, request.Title.Trim(), request.Summary.Trim(), Money.ToFen(request.Amount)), ct);
        return started.IsSuccess ? new SubmittedApproval(started.Value) : started.Error!;
    }
}
