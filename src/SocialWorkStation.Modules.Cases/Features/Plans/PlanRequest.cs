using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using SocialWorkStation.Modules.Cases.Data;
using SocialWorkStation.Modules.Cases.Domain;
using SocialWorkStation.Platform.Common;
using SocialWorkStation.Platform.Results;
using SocialWorkStation.Platform.Staff;

namespace SocialWorkStation.Modules.Cases.Features.Plans;

/// <summary>服务计划 (C3.2.1): measurable goals tied to assessed needs, content, methods, period, sessions, staff.</summary>
public sealed class SavePlanRequest
{
    [MaxLength(20, ErrorMessage = "目标最多 20 项。")]
    public List<GoalInput> Goals { get; set; } = [];
    [Required(ErrorMessage = "请填写服务内容。"), MaxLength(4000, ErrorMessage = "服务内容最长 4000 个字符。")]
    public string Content { get; set; } = "";
    [Required(ErrorMessage = "请填写服务方法。"), MaxLength(1000, ErrorMessage = "服务方法最长 1000 个字符。")]
    public string Methods { get; set; } = "";
    public DateOnly? StartOn { get; set; }
    public DateOnly? EndOn { get; set; }
    [Range(1, 500, ErrorMessage = "计划服务次数须在 1 到 500 之间。")]
    public int PlannedSessions { get; set; }
    [MaxLength(200, ErrorMessage = "服务频率最长 200 个字符。")]
    public string? Frequency { get; set; }
    /// <summary>Staff ids of the people who deliver the plan: active staff of the case's station (docs/adr/012).</summary>
    [MinLength(1, ErrorMessage = "请选择负责人员。"), MaxLength(20, ErrorMessage = "负责人员最多 20 人。")]
    public List<Guid> ResponsibleStaffIds { get; set; } = [];
    [MaxLength(1000, ErrorMessage = "修订原因最长 1000 个字符。")]
    public string? RevisionReason { get; set; }
    /// <summary>The plan version's concurrency token (updates only).</summary>
    public long Version { get; set; }
}

public sealed class GoalInput
{
    /// <summary>Kept from the previous version so progress reviews can follow one goal across revisions.</summary>
    public Guid? Id { get; set; }
    [Required(ErrorMessage = "请填写目标。"), MaxLength(500, ErrorMessage = "目标最长 500 个字符。")]
    public string Description { get; set; } = "";
    [Required(ErrorMessage = "请填写目标的衡量标准。"), MaxLength(500, ErrorMessage = "衡量标准最长 500 个字符。")]
    public string Measure { get; set; } = "";
    [MaxLength(30, ErrorMessage = "关联需求过多。")]
    public List<Guid> NeedIds { get; set; } = [];
}

internal static class PlanRules
{
    /// <summary>Validates the request against the case's assessed needs and writes it onto the plan.</summary>
    public static async Task<Result> ApplyAsync(CasesDb db, IStaffDirectory staff, ServicePlan plan, SavePlanRequest request, bool revision,
        CancellationToken ct)
    {
        if (RequestShape.Check(request) is { } shape) return shape;
        if (request.Goals.Count == 0) return Error.Invalid("goals", "请至少填写一个服务目标。");
        if (request.StartOn is not { } start) return Error.Invalid("startOn", "请填写开始日期。");
        if (request.EndOn is not { } end) return Error.Invalid("endOn", "请填写结束日期。");
        if (end < start) return Error.Invalid("endOn", "结束日期不能早于开始日期。");
        if (revision && string.IsNullOrWhiteSpace(request.RevisionReason))
            return Error.Invalid("revisionReason", "已有通过审核的计划，修订时须填写修订原因。");

        // C3.2.1: every goal answers at least one need found in this case's assessments (C3.1.2).
        var needs = (await db.Assessments.AsNoTracking().Where(a => a.CaseId == plan.CaseId).Select(a => a.Needs).ToListAsync(ct))
            .SelectMany(n => n).Select(n => n.Id).ToHashSet();
        var earlierGoals = (await db.ServicePlans.AsNoTracking().Where(p => p.CaseId == plan.CaseId).Select(p => p.Goals).ToListAsync(ct))
            .SelectMany(g => g).Select(g => g.Id).ToHashSet();
        var goals = new List<PlanGoal>();
        for (var i = 0; i < request.Goals.Count; i++)
        {
            var g = request.Goals[i];
            if (g.NeedIds.Count == 0) return Error.Invalid($"goals[{i}].needIds", $"目标“{g.Description}”须关联至少一项评估出的需求。");
            if (g.NeedIds.Any(id => !needs.Contains(id))) return Error.Invalid($"goals[{i}].needIds", "关联的需求不属于本个案的需求评估。");
            var id = g.Id is { } kept && earlierGoals.Contains(kept) && goals.All(x => x.Id != kept) ? kept : Guid.CreateVersion7();
            goals.Add(new PlanGoal(id, g.Description.Trim(), g.Measure.Trim(), g.NeedIds.Distinct().ToList()));
        }
        // Chosen from the station's staff, so a person without a login can be named too; nobody who has left, nobody from elsewhere.
        var serving = (await staff.OfStationAsync(plan.StationId, ct: ct) ?? []).Select(s => s.Id).ToHashSet();
        if (request.ResponsibleStaffIds.Any(id => !serving.Contains(id)))
            return Error.Invalid("responsibleStaffIds", "负责人员须为本站在岗人员。");

        plan.Goals = goals;
        plan.Content = request.Content.Trim();
        plan.Methods = request.Methods.Trim();
        plan.StartOn = start;
        plan.EndOn = end;
        plan.PlannedSessions = request.PlannedSessions;
        plan.Frequency = request.Frequency.TrimToNull();
        plan.ResponsibleStaffIds = request.ResponsibleStaffIds.Distinct().ToList();
        // The people are chosen now: free text kept from before staff ids (docs/adr/012) is replaced.
        plan.ResponsibleStaff = "";
        plan.RevisionReason = request.RevisionReason.TrimToNull();
        return Result.Success();
    }

    /// <summary>服务人员 as shown: the named staff's current names, then any legacy text no upgrade could match.</summary>
    public static string StaffText(ServicePlan plan, StaffNames names)
    {
        var named = names.Join(plan.ResponsibleStaffIds);
        if (string.IsNullOrWhiteSpace(plan.ResponsibleStaff)) return named;
        return named.Length == 0 ? plan.ResponsibleStaff : $"{named}、{plan.ResponsibleStaff}";
    }
}
