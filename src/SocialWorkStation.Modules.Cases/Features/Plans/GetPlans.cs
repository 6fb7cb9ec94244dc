using Microsoft.EntityFrameworkCore;
using SocialWorkStation.Modules.Cases.Data;
using SocialWorkStation.Modules.Cases.Domain;
using SocialWorkStation.Platform.Results;

namespace SocialWorkStation.Modules.Cases.Features;

public sealed record PlanView(Guid Id, Guid CaseId, int VersionNo, PlanStatus Status, IReadOnlyList<PlanGoal> Goals, string Content,
    string Methods, DateOnly StartOn, DateOnly EndOn, int PlannedSessions, string? Frequency, string ResponsibleStaff,
    string? RevisionReason, Guid? ApprovalRequestId, DateTime? SubmittedAt, DateTime? ApprovedAt, string? ReviewComment,
    string AuthorName, DateTime CreatedAt, long Version)
{
    internal static PlanView From(ServicePlan p) => new(p.Id, p.CaseId, p.VersionNo, p.Status, p.Goals, p.Content, p.Methods,
        p.StartOn, p.EndOn, p.PlannedSessions, p.Frequency, p.ResponsibleStaff, p.RevisionReason, p.ApprovalRequestId,
        p.SubmittedAt, p.ApprovedAt, p.ReviewComment, p.AuthorName, p.CreatedAt, p.Version);
}

/// <summary>Every version of a case's plan, newest first: earlier versions stay readable (C3.2.2, C3.3.3).</summary>
internal sealed class ListPlansHandler(CasesDb db, CaseAccess access)
{
    public async Task<Result<IReadOnlyList<PlanView>>> HandleAsync(Guid caseId, CancellationToken ct)
    {
        if (!await access.Cases().AnyAsync(k => k.Id == caseId, ct)) return Error.NotFound();
        var rows = await db.ServicePlans.AsNoTracking().Where(p => p.CaseId == caseId).OrderByDescending(p => p.VersionNo).Take(100).ToListAsync(ct);
        return rows.Select(PlanView.From).ToList();
    }
}

internal sealed class GetPlanHandler(CasesDb db, CaseAccess access)
{
    public async Task<Result<PlanView>> HandleAsync(Guid id, CancellationToken ct)
    {
        var plan = await db.ServicePlans.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, ct);
        if (plan is null || !await access.Cases().AnyAsync(k => k.Id == plan.CaseId, ct)) return Error.NotFound();
        return PlanView.From(plan);
    }
}
