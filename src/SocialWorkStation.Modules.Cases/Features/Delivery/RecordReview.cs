using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SocialWorkStation.Modules.Cases.Data;
using SocialWorkStation.Modules.Cases.Domain;
using SocialWorkStation.Modules.Cases.Features.Intake;
using SocialWorkStation.Platform.Common;
using SocialWorkStation.Platform.Identity;
using SocialWorkStation.Platform.Modules;
using SocialWorkStation.Platform.Results;
using SocialWorkStation.Platform.Staff;
using SocialWorkStation.Platform.Stations;

namespace SocialWorkStation.Modules.Cases.Features.Delivery;

internal sealed class GoalScoreInput
{
    public Guid GoalId { get; set; }

    [Range(0, 100, ErrorMessage = "目标达成度须在 0 到 100 之间。")]
    public int Attainment { get; set; }

    [MaxLength(500, ErrorMessage = "说明最长 500 个字符。")]
    public string? Note { get; set; }
}

internal sealed class RecordReviewRequest
{
    [Required(ErrorMessage = "请填写评估日期。")]
    public DateOnly? ReviewedOn { get; set; }

    [MaxLength(50, ErrorMessage = "目标过多。")]
    public List<GoalScoreInput> Scores { get; set; } = [];

    [Required(ErrorMessage = "请填写评估小结。"), MaxLength(2000, ErrorMessage = "评估小结最长 2000 个字符。")]
    public string Summary { get; set; } = "";

    [EnumDataType(typeof(ReviewDecision), ErrorMessage = "请选择评估结论。")]
    public ReviewDecision Decision { get; set; }

    [MaxLength(1000, ErrorMessage = "修订理由最长 1000 个字符。")]
    public string? RevisionReason { get; set; }
}

internal sealed record ReviewRecorded(Guid Id, Guid? DraftPlanId, DateOnly NextReviewDue);

/// <summary>服务进展检查评估 (C3.3.3): every goal of the approved plan scored 0–100, a summary and a decision. Deciding
/// to revise the plan opens the next plan version as a draft in the same save; it is reviewed again before it applies.</summary>
internal sealed class RecordReviewHandler(CasesDb db, CaseAccess access, ICurrentUser user, StationClock clock, IOptions<CasesOptions> options)
{
    public async Task<Result<ReviewRecorded>> HandleAsync(Guid caseId, RecordReviewRequest request, CancellationToken ct = default)
    {
        var item = await access.FindCaseAsync(caseId, ct);
        if (item is null) return Error.NotFound();
        if (request.ReviewedOn is not { } on) return Error.Invalid("reviewedOn", "请填写评估日期。");
        if (on > clock.Today()) return Error.Invalid("reviewedOn", "评估日期不能晚于今天。");
        if (string.IsNullOrWhiteSpace(request.Summary)) return Error.Invalid("summary", "请填写评估小结。");
        if (request.Summary.Length > 2000) return Error.Invalid("summary", "评估小结最长 2000 个字符。");
        if (!Enum.IsDefined(request.Decision)) return Error.Invalid("decision", "请选择评估结论。");
        var reason = request.RevisionReason.TrimToNull();
        if (request.Decision == ReviewDecision.RevisePlan && reason is null) return Error.Invalid("revisionReason", "修订服务计划时须填写修订理由。");
        if (reason is { Length: > 1000 }) return Error.Invalid("revisionReason", "修订理由最长 1000 个字符。");
        if (!item.IsOpen || !item.AcceptsServices()) return Error.Rule("只有处于介入阶段的个案才能进行进展评估。");
        var plan = await db.CurrentApprovedPlanAsync(caseId, ct);
        if (plan is null) return Error.Rule("服务计划尚未审核通过，不能进行进展评估。");

        var scores = request.Scores ?? [];
        if (scores.Any(s => s is null || s.Attainment is < 0 or > 100 || s.Note is { Length: > 500 }))
            return Error.Invalid("scores", "目标达成度须在 0 到 100 之间。");
        var goalIds = plan.Goals.Select(g => g.Id).ToHashSet();
        if (scores.Any(s => !goalIds.Contains(s.GoalId)) || scores.Select(s => s.GoalId).Distinct().Count() != scores.Count)
            return Error.Invalid("scores", "评分须对应当前服务计划的目标，且每个目标只评一次。");
        if (scores.Count != goalIds.Count) return Error.Invalid("scores", "请为当前服务计划的每个目标评分。");

        ServicePlan? draft = null;
        var now = clock.UtcNow();
        if (request.Decision == ReviewDecision.RevisePlan)
        {
            var pending = await db.ServicePlans.AnyAsync(p => p.CaseId == caseId
                && (p.Status == PlanStatus.Draft || p.Status == PlanStatus.Returned || p.Status == PlanStatus.UnderReview), ct);
            if (pending) return Error.Rule("该个案已有待提交或审核中的服务计划修订版本，请先处理该版本。");
            var latest = await db.ServicePlans.Where(p => p.CaseId == caseId).MaxAsync(p => p.VersionNo, ct);
            draft = plan.NextVersion(reason!, user.StaffId, now);
            draft.VersionNo = latest + 1;
            db.ServicePlans.Add(draft);
        }

        var review = new ProgressReview
        {
            StationId = item.StationId, CaseId = item.Id, PlanId = plan.Id, ReviewedOn = on, Summary = request.Summary.Trim(),
            Scores = scores.Select(s => new GoalScore(s.GoalId, s.Attainment, s.Note.TrimToNull())).ToList(),
            Decision = request.Decision, ReviewerId = user.StaffId, CreatedAt = now,
        };
        db.ProgressReviews.Add(review);
        db.Log(item, CaseEventKind.Reviewed, $"进展评估：{request.Decision.Label()}" + (draft is null ? "" : $"，已生成服务计划第 {draft.VersionNo} 版草稿"), user, now);
        // An append (issue 10): the next review date moves forward atomically, without bumping the case's version.
        var nextDue = on.AddDays(options.Value.ReviewIntervalDays);
        await db.SaveWithAsync(t => db.Cases.Where(c => c.Id == item.Id).ExecuteUpdateAsync(s => s
            .SetProperty(c => c.NextReviewDue, c => c.NextReviewDue == null || c.NextReviewDue < nextDue ? nextDue : c.NextReviewDue)
            .SetProperty(c => c.UpdatedAt, now), t), ct);
        return new ReviewRecorded(review.Id, draft?.Id, nextDue);
    }
}
