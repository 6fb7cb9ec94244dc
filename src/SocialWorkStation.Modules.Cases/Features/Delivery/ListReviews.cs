using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SocialWorkStation.Modules.Cases.Data;
using SocialWorkStation.Modules.Cases.Domain;
using SocialWorkStation.Platform.Results;
using SocialWorkStation.Platform.Staff;

namespace SocialWorkStation.Modules.Cases.Features.Delivery;

internal sealed record GoalScoreDto(Guid GoalId, string Goal, int Attainment, string? Note);

internal sealed record ReviewDto(
    Guid Id, DateOnly ReviewedOn, Guid PlanId, IReadOnlyList<GoalScoreDto> Scores, string Summary,
    ReviewDecision Decision, string ReviewerName, DateTime CreatedAt);

internal sealed record ReviewGoal(Guid Id, string Description, string Measure);

/// <summary>A case's progress reviews, newest first, with the goal texts of the plan each was scored against.</summary>
internal sealed class ListReviewsHandler(CasesDb db, CaseAccess access, IStaffDirectory staff)
{
    public async Task<Result<IReadOnlyList<ReviewDto>>> HandleAsync(Guid caseId, CancellationToken ct = default)
    {
        if (!await access.Cases().AnyAsync(c => c.Id == caseId, ct)) return Error.NotFound();
        // Reviews are a few per case (one per review interval), so the list is not paged.
        var reviews = await db.ProgressReviews.AsNoTracking().Where(r => r.CaseId == caseId)
            .OrderByDescending(r => r.ReviewedOn).ThenByDescending(r => r.CreatedAt).Take(200).ToListAsync(ct);
        var planIds = reviews.Select(r => r.PlanId).Distinct().ToList();
        var goals = (await db.ServicePlans.AsNoTracking().Where(p => planIds.Contains(p.Id)).ToListAsync(ct))
            .SelectMany(p => p.Goals).GroupBy(g => g.Id).ToDictionary(g => g.Key, g => g.First().Description);
        var names = await staff.NamesAsync(reviews.Select(r => r.ReviewerId), ct);
        return reviews.Select(r => new ReviewDto(r.Id, r.ReviewedOn, r.PlanId,
            r.Scores.Select(s => new GoalScoreDto(s.GoalId, goals.GetValueOrDefault(s.GoalId, ""), s.Attainment, s.Note)).ToList(),
            r.Summary, r.Decision, names.Of(r.ReviewerId, r.ReviewerName), r.CreatedAt)).ToList();
    }

    /// <summary>The goals to score now: those of the current approved plan.</summary>
    public async Task<Result<IReadOnlyList<ReviewGoal>>> GoalsAsync(Guid caseId, CancellationToken ct = default)
    {
        if (!await access.Cases().AnyAsync(c => c.Id == caseId, ct)) return Error.NotFound();
        var plan = await db.CurrentApprovedPlanAsync(caseId, ct);
        return plan is null ? [] : plan.Goals.Select(g => new ReviewGoal(g.Id, g.Description, g.Measure)).ToList();
    }
}
