using Microsoft.Extensions.Localization;
using SocialWorkStation.Modules.Rectification.Contracts;
using SocialWorkStation.Modules.Rectification.Domain;
using SocialWorkStation.Ui;

namespace SocialWorkStation.Modules.Rectification.Features;

/// <summary>Display texts of the module's enums, localised (keys are the Chinese text), and their tag colours.</summary>
internal static class RectificationText
{
    public static string Source(IStringLocalizer<SharedResource> L, FindingSource s) => s switch
    {
        FindingSource.Audit => L["审计"],
        FindingSource.Inspection => L["内部督导检查"],
        FindingSource.ExternalEvaluation => L["外部评估"],
        FindingSource.SecurityCheck => L["安全检查"],
        FindingSource.Complaint => L["投诉"],
        _ => L["其他"],
    };

    public static string Severity(IStringLocalizer<SharedResource> L, FindingSeverity s) => s switch
    {
        FindingSeverity.General => L["一般"],
        FindingSeverity.Major => L["较重"],
        _ => L["严重"],
    };

    public static string SeverityColor(FindingSeverity s) => s switch
    {
        FindingSeverity.Serious => "red",
        FindingSeverity.Major => "orange",
        _ => "default",
    };

    public static string Status(IStringLocalizer<SharedResource> L, FindingStatus s) => s switch
    {
        FindingStatus.Open => L["待整改"],
        FindingStatus.InProgress => L["整改中"],
        _ => L["已销号"],
    };

    public static string StatusColor(FindingStatus s) => s switch
    {
        FindingStatus.Open => "orange",
        FindingStatus.InProgress => "blue",
        _ => "green",
    };

    public static string Action(IStringLocalizer<SharedResource> L, ActionStatus s) => s switch
    {
        ActionStatus.Pending => L["待完成"],
        ActionStatus.Completed => L["待验证"],
        ActionStatus.Verified => L["已验证"],
        _ => L["已退回"],
    };

    public static string ActionColor(ActionStatus s) => s switch
    {
        ActionStatus.Completed => "blue",
        ActionStatus.Verified => "green",
        ActionStatus.Returned => "red",
        _ => "default",
    };

    public static string Event(IStringLocalizer<SharedResource> L, FindingEventKind k) => k switch
    {
        FindingEventKind.Raised => L["登记问题"],
        FindingEventKind.ActionAdded => L["制定措施"],
        FindingEventKind.ActionCompleted => L["提交完成"],
        FindingEventKind.ActionVerified => L["验证通过"],
        FindingEventKind.ActionReturned => L["退回整改"],
        _ => L["销号"],
    };

    public static string Date(DateOnly? d) => d?.ToString("yyyy-MM-dd") ?? "—";
}
