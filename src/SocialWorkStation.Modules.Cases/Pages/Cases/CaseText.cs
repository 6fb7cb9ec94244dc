using Microsoft.Extensions.Localization;
using SocialWorkStation.Modules.Cases.Domain;
using SocialWorkStation.Ui;

namespace SocialWorkStation.Modules.Cases.Pages.Cases;

/// <summary>Display texts of the casework enums, localised (keys are the Chinese text).</summary>
internal static class CaseText
{
    public static string Status(IStringLocalizer<SharedResource> L, CaseStatus s) => s switch
    {
        CaseStatus.Intake => L["接案审核中"],
        CaseStatus.Assessment => L["需求评估"],
        CaseStatus.Planning => L["计划制定"],
        CaseStatus.Intervention => L["服务介入"],
        CaseStatus.ClosurePending => L["结案审核中"],
        CaseStatus.Closed => L["已结案"],
        _ => L["不予接案"],
    };

    public static string StatusColor(CaseStatus s) => s switch
    {
        CaseStatus.Intake or CaseStatus.ClosurePending => "orange",
        CaseStatus.Assessment or CaseStatus.Planning => "blue",
        CaseStatus.Intervention => "green",
        _ => "default",
    };

    public static string Source(IStringLocalizer<SharedResource> L, IntakeSource s) => s switch
    {
        IntakeSource.SelfReferral => L["主动求助"],
        IntakeSource.Referral => L["转介"],
        IntakeSource.OutreachVisit => L["走访发现"],
        IntakeSource.GridReport => L["网格上报"],
        IntakeSource.CivilAffairsDispatch => L["民政派单"],
        _ => L["其他"],
    };

    public static string Risk(IStringLocalizer<SharedResource> L, RiskLevel? r) => r switch
    {
        RiskLevel.High => L["高风险"],
        RiskLevel.Medium => L["中风险"],
        RiskLevel.Low => L["低风险"],
        _ => L["未评估"],
    };

    public static string Plan(IStringLocalizer<SharedResource> L, PlanStatus s) => s switch
    {
        PlanStatus.Draft => L["草稿"],
        PlanStatus.UnderReview => L["审核中"],
        PlanStatus.Returned => L["已退回"],
        PlanStatus.Approved => L["已通过"],
        _ => L["已被替代"],
    };

    public static string PlanColor(PlanStatus s) => s switch
    {
        PlanStatus.UnderReview => "orange",
        PlanStatus.Returned => "red",
        PlanStatus.Approved => "green",
        _ => "default",
    };

    public static string Methods(IStringLocalizer<SharedResource> L, AssessmentMethods m) => string.Join("、", new[]
    {
        m.HasFlag(AssessmentMethods.Interview) ? L["面谈"].Value : null,
        m.HasFlag(AssessmentMethods.Questionnaire) ? L["问卷"].Value : null,
        m.HasFlag(AssessmentMethods.FieldObservation) ? L["实地观察"].Value : null,
    }.Where(x => x is not null));

    public static string Kind(IStringLocalizer<SharedResource> L, QuestionKind k) => k switch
    {
        QuestionKind.SingleChoice => L["单选"],
        QuestionKind.MultipleChoice => L["多选"],
        QuestionKind.Scale => L["量表"],
        _ => L["文字"],
    };

    public static string Date(DateOnly? d) => d?.ToString("yyyy-MM-dd") ?? "—";
}
