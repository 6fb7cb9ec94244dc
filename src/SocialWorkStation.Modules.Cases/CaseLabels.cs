using SocialWorkStation.Modules.Cases.Domain;

namespace SocialWorkStation.Modules.Cases;

/// <summary>The one set of Chinese names for the casework enums, used by pages (through L[...], the names are the
/// localisation keys), the case file, its PDF, the ledger export and timeline texts.</summary>
internal static class CaseLabels
{
    public static string Label(this CaseStatus s) => s switch
    {
        CaseStatus.Intake => "接案审核中",
        CaseStatus.Assessment => "需求评估",
        CaseStatus.Planning => "计划制定",
        CaseStatus.Intervention => "服务介入",
        CaseStatus.ClosurePending => "结案审核中",
        CaseStatus.Closed => "已结案",
        _ => "不予接案",
    };

    public static string Label(this RiskLevel? r) => r switch
    {
        RiskLevel.Low => "低风险",
        RiskLevel.Medium => "中风险",
        RiskLevel.High => "高风险",
        _ => "未评估",
    };

    public static string Label(this Gender g) => g switch { Gender.Male => "男", Gender.Female => "女", _ => "未知" };

    public static string Label(this IntakeSource s) => s switch
    {
        IntakeSource.SelfReferral => "主动求助",
        IntakeSource.Referral => "转介",
        IntakeSource.OutreachVisit => "走访发现",
        IntakeSource.GridReport => "网格上报",
        IntakeSource.CivilAffairsDispatch => "民政派单",
        _ => "其他",
    };

    public static string Label(this PlanStatus s) => s switch
    {
        PlanStatus.Draft => "草稿",
        PlanStatus.UnderReview => "审核中",
        PlanStatus.Returned => "已退回",
        PlanStatus.Approved => "已通过",
        _ => "已被替代",
    };

    public static string Label(this ServiceType t) => t switch
    {
        ServiceType.Interview => "面谈",
        ServiceType.PhoneCall => "电访",
        ServiceType.HomeVisit => "家访",
        ServiceType.Group => "小组",
        ServiceType.CommunityActivity => "社区活动",
        _ => "资源链接",
    };

    public static string Label(this ActivityKind k) => k == ActivityKind.Group ? "小组活动" : "社区活动";

    public static string Label(this ReviewDecision d) => d switch
    {
        ReviewDecision.Continue => "继续服务",
        ReviewDecision.RevisePlan => "修订服务计划",
        _ => "进入结案",
    };

    public static string Label(this ClosureReason r) => r switch
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

    public static string Label(this ClosureStatus s) => s switch
    {
        ClosureStatus.UnderReview => "审核中",
        ClosureStatus.Returned => "已退回",
        ClosureStatus.Approved => "已通过",
        _ => "已撤回",
    };

    public static string Label(this AssessmentMethods m) => string.Join("、", new[]
    {
        m.HasFlag(AssessmentMethods.Interview) ? "面谈" : null,
        m.HasFlag(AssessmentMethods.Questionnaire) ? "问卷" : null,
        m.HasFlag(AssessmentMethods.FieldObservation) ? "实地观察" : null,
    }.Where(x => x is not null));

    public static string Label(this QuestionKind k) => k switch
    {
        QuestionKind.SingleChoice => "单选",
        QuestionKind.MultipleChoice => "多选",
        QuestionKind.Scale => "量表",
        _ => "文字",
    };
}
