namespace SocialWorkStation.Modules.Cases;

/// <summary>Configuration section "Cases". Target groups vary by province (domain notes), so the list is configurable.</summary>
public sealed class CasesOptions
{
    public List<string> TargetGroups { get; set; } =
    [
        "低保对象", "低保边缘", "特困人员", "临时救助对象", "支出型困难家庭", "困境儿童", "留守儿童", "事实无人抚养儿童",
        "留守老人", "空巢老人", "独居老人", "残疾人", "其他",
    ];
    /// <summary>Follow-up visits after closure, in months (C3.5.2).</summary>
    public List<int> FollowUpMonths { get; set; } = [1, 3];
    /// <summary>A case in service with no contact for this many days is overdue.</summary>
    public int ContactIntervalDays { get; set; } = 30;
    /// <summary>Progress reviews (C3.3.3) are due this many days after plan approval or the last review.</summary>
    public int ReviewIntervalDays { get; set; } = 90;
    /// <summary>案号 kind for Numbering (template in Numbering:Templates).</summary>
    public string CaseNumberKind { get; set; } = "GA";
}
