using Microsoft.Extensions.Localization;
using SocialWorkStation.Modules.Cases.Domain;
using SocialWorkStation.Ui;

namespace SocialWorkStation.Modules.Cases.Features;

/// <summary>Display texts of the casework enums, localised (keys are the Chinese text).</summary>
internal static class CaseText
{
    public static string Status(IStringLocalizer<SharedResource> L, CaseStatus s) => L[s.Label()];

    public static string StatusColor(CaseStatus s) => s switch
    {
        CaseStatus.Intake or CaseStatus.ClosurePending => "orange",
        CaseStatus.Assessment or CaseStatus.Planning => "blue",
        CaseStatus.Intervention => "green",
        _ => "default",
    };

    public static string Source(IStringLocalizer<SharedResource> L, IntakeSource s) => L[s.Label()];

    public static string Risk(IStringLocalizer<SharedResource> L, RiskLevel? r) => L[r.Label()];

    public static string Plan(IStringLocalizer<SharedResource> L, PlanStatus s) => L[s.Label()];

    public static string PlanColor(PlanStatus s) => s switch
    {
        PlanStatus.UnderReview => "orange",
        PlanStatus.Returned => "red",
        PlanStatus.Approved => "green",
        _ => "default",
    };

    public static string Methods(IStringLocalizer<SharedResource> L, AssessmentMethods m) => string.Join("、", m.Label().Split('、', StringSplitOptions.RemoveEmptyEntries).Select(x => L[x].Value));

    public static string Kind(IStringLocalizer<SharedResource> L, QuestionKind k) => L[k.Label()];

    public static string Date(DateOnly? d) => d?.ToString("yyyy-MM-dd") ?? "—";
}
