using System.ComponentModel.DataAnnotations;
using SocialWorkStation.Modules.Cases.Domain;
using SocialWorkStation.Platform.Common;
using SocialWorkStation.Platform.Identity;
using SocialWorkStation.Ui;

namespace SocialWorkStation.Modules.Cases.Features.Caseload;

public enum CaseSort { LastContact, IntakeDate, Number, Status }

/// <summary>Filters of the case list (个案列表); the ledger export (个案台账) takes the same ones.</summary>
public record CaseListQuery : PageQuery
{
    public CaseStatus? Status { get; set; }
    /// <summary>The worker's staff id (docs/adr/012).</summary>
    public Guid? WorkerId { get; set; }
    /// <summary>Only my own cases (the worker is me): "我的个案".</summary>
    public bool? Mine { get; set; }
    [MaxLength(20, ErrorMessage = "服务对象类别最长 20 个字符。")]
    public string? TargetGroup { get; set; }
    public RiskLevel? Risk { get; set; }
    public bool? Overdue { get; set; }
    /// <summary>Chinese text searched in client names and in the service records of the case.</summary>
    [MaxLength(50, ErrorMessage = "搜索内容最长 50 个字符。")]
    public string? Q { get; set; }
    public CaseSort? Sort { get; set; }
    public bool? Desc { get; set; }
}

/// <summary>Applies <see cref="CaseListQuery"/> to an already access-filtered query (CaseAccess.Cases(), C1.3.4),
/// all in SQL: string.Contains becomes instr/LIKE on SQLite and strpos/LIKE on PostgreSQL, both fine for CJK.</summary>
internal static class CaseFilters
{
    public static IQueryable<Case> Apply(IQueryable<Case> cases, CaseListQuery q, CaseAccess access, ICurrentUser user,
        Data.CasesDb db, DateOnly today)
    {
        if (q.Status is { } status) cases = cases.Where(k => k.Status == status);
        if (q.WorkerId is { } worker) cases = cases.Where(k => k.WorkerId == worker);
        if (q.Mine == true)
        {
            var me = user.StaffId;
            cases = cases.Where(k => k.WorkerId == me);
        }
        if (!string.IsNullOrWhiteSpace(q.TargetGroup))
        {
            var pattern = "|" + q.TargetGroup.Trim() + "|";
            cases = cases.Where(k => k.Client!.TargetGroups.Contains(pattern));
        }
        if (q.Risk is { } risk) cases = cases.Where(k => k.RiskLevel == risk);
        if (q.Overdue == true)
            cases = cases.Where(k => k.Status == CaseStatus.Intervention
                                     && ((k.NextContactDue != null && k.NextContactDue < today) || (k.NextReviewDue != null && k.NextReviewDue < today)));
        if (!string.IsNullOrWhiteSpace(q.Q))
        {
            var text = q.Q.Trim();
            var me = user.StaffId;
            var seesSensitive = access.SeesSensitive;
            // The text of a sensitive record the user may not read must not make the case match (it would leak it, C1.3.4):
            // the same rule as CaseAccess.CanRead, in SQL.
            cases = cases.Where(k => k.Client!.Name.Contains(text)
                || db.ServiceRecords.Any(r => r.CaseId == k.Id && (!r.IsSensitive || seesSensitive || r.WorkerId == me)
                    && (r.Content.Contains(text) || (r.Effect != null && r.Effect.Contains(text))
                        || (r.ClientFeedback != null && r.ClientFeedback.Contains(text)))));
        }
        return cases;
    }

    public static IQueryable<Case> Sort(IQueryable<Case> cases, CaseListQuery q)
    {
        var desc = q.Desc ?? (q.Sort is null or CaseSort.LastContact);
        return (q.Sort ?? CaseSort.LastContact) switch
        {
            // Cases never contacted go last either way.
            CaseSort.LastContact => desc
                ? cases.OrderBy(k => k.LastContactOn == null).ThenByDescending(k => k.LastContactOn).ThenBy(k => k.Id)
                : cases.OrderBy(k => k.LastContactOn == null).ThenBy(k => k.LastContactOn).ThenBy(k => k.Id),
            CaseSort.IntakeDate => desc ? cases.OrderByDescending(k => k.IntakeDate).ThenBy(k => k.Id) : cases.OrderBy(k => k.IntakeDate).ThenBy(k => k.Id),
            CaseSort.Number => desc ? cases.OrderByDescending(k => k.Number).ThenBy(k => k.Id) : cases.OrderBy(k => k.Number).ThenBy(k => k.Id),
            _ => desc ? cases.OrderByDescending(k => k.Status).ThenBy(k => k.Id) : cases.OrderBy(k => k.Status).ThenBy(k => k.Id),
        };
    }
}
