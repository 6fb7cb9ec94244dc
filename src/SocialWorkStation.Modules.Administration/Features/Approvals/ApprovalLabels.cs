using SocialWorkStation.Platform.Approvals;
using SocialWorkStation.Platform.Common;

namespace SocialWorkStation.Modules.Administration.Features.Approvals;

/// <summary>zh-CN texts (the localiser's keys) and tag colours for approval states, shared by the pages.</summary>
public static class ApprovalLabels
{

    public static string Status(ApprovalStatus status) => status switch
    {
        ApprovalStatus.Pending => "审批中",
        ApprovalStatus.Returned => "已退回",
        ApprovalStatus.Approved => "已通过",
        ApprovalStatus.Withdrawn => "已撤回",
        _ => status.ToString(),
    };

    public static string StatusColor(ApprovalStatus status) => status switch
    {
        ApprovalStatus.Pending => "blue",
        ApprovalStatus.Returned => "orange",
        ApprovalStatus.Approved => "green",
        _ => "default",
    };

    public static string Decision(ApprovalDecision decision) => decision switch
    {
        ApprovalDecision.Submitted => "提交申请",
        ApprovalDecision.Approved => "同意",
        ApprovalDecision.Rejected => "退回",
        ApprovalDecision.Resubmitted => "重新提交",
        ApprovalDecision.Withdrawn => "撤回",
        _ => decision.ToString(),
    };

    public static string DecisionColor(ApprovalDecision decision) => decision switch
    {
        ApprovalDecision.Approved => "green",
        ApprovalDecision.Rejected => "red",
        ApprovalDecision.Withdrawn => "gray",
        _ => "blue",
    };
}
