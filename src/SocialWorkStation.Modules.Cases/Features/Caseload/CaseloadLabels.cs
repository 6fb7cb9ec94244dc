using SocialWorkStation.Modules.Cases.Domain;

namespace SocialWorkStation.Modules.Cases.Features.Caseload;

/// <summary>Chinese names of the case enums, shared by the list, the ledger, the file view and its PDF.
/// They are the localisation keys too (pages pass them through L[...]).</summary>
internal static class CaseloadLabels
{
    public static string Status(CaseStatus s) => s switch
    {
        CaseStatus.Intake => "接案",
        CaseStatus.Assessment => "需求评估",
        CaseStatus.Planning => "制定计划",
        CaseStatus.Intervention => "服务介入",
        CaseStatus.ClosurePending => "结案审核中",
        CaseStatus.Closed => "已结案",
        CaseStatus.NotAccepted => "不予接案",
        _ => s.ToString(),
    };

    public static string Risk(RiskLevel? r) => r switch
    {
        RiskLevel.Low => "低风险",
        RiskLevel.Medium => "中风险",
        RiskLevel.High => "高风险",
        _ => "未评估",
    };

    public static string Gender(Domain.Gender g) => g switch { Domain.Gender.Male => "男", Domain.Gender.Female => "女", _ => "未知" };

    public static string Source(IntakeSource s) => s switch
    {
        IntakeSource.SelfReferral => "主动求助",
        IntakeSource.Referral => "转介",
        IntakeSource.OutreachVisit => "走访发现",
        IntakeSource.GridReport => "网格上报",
        IntakeSource.CivilAffairsDispatch => "民政派单",
        _ => "其他",
    };

    public static string Plan(PlanStatus s) => s switch
    {
        PlanStatus.Draft => "草稿",
        PlanStatus.UnderReview => "审核中",
        PlanStatus.Returned => "已退回",
        PlanStatus.Approved => "已批准",
        PlanStatus.Superseded => "已被新版本取代",
        _ => s.ToString(),
    };

    public static string ServiceKind(ServiceType t) => t switch
    {
        ServiceType.Interview => "面谈",
        ServiceType.PhoneCall => "电话",
        ServiceType.HomeVisit => "家访",
        ServiceType.Group => "小组活动",
        ServiceType.CommunityActivity => "社区活动",
        ServiceType.ResourceLinking => "资源链接",
        _ => t.ToString(),
    };

    public static string Decision(ReviewDecision d) => d switch
    {
        ReviewDecision.Continue => "继续服务",
        ReviewDecision.RevisePlan => "修订计划",
        ReviewDecision.ProceedToClosure => "进入结案",
        _ => d.ToString(),
    };

    public static string ClosureReasonText(ClosureReason r) => r switch
    {
        ClosureReason.GoalsAchieved => "目标达成",
        ClosureReason.PeriodEnded => "服务期满",
        ClosureReason.Referred => "转介",
        ClosureReason.ClientTerminated => "服务对象主动终止",
        ClosureReason.LostContact => "失联",
        ClosureReason.MovedAway => "迁出",
        ClosureReason.Deceased => "死亡",
        _ => "其他",
    };

    public static string Closure(ClosureStatus s) => s switch
    {
        ClosureStatus.UnderReview => "审核中",
        ClosureStatus.Returned => "已退回",
        ClosureStatus.Approved => "已批准",
        ClosureStatus.Withdrawn => "已撤回",
        _ => s.ToString(),
    };

    public static string Methods(AssessmentMethods m)
    {
        var parts = new List<string>();
        if (m.HasFlag(AssessmentMethods.Interview)) parts.Add("面谈");
        if (m.HasFlag(AssessmentMethods.Questionnaire)) parts.Add("问卷");
        if (m.HasFlag(AssessmentMethods.FieldObservation)) parts.Add("实地观察");
        return string.Join("、", parts);
    }
}
