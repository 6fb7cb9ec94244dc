using Microsoft.EntityFrameworkCore;
using SocialWorkStation.Modules.Cases.Data;
using SocialWorkStation.Modules.Cases.Domain;
using SocialWorkStation.Platform.Results;
using SocialWorkStation.Platform.Staff;

namespace SocialWorkStation.Modules.Cases.Features.Plans;

public sealed record PlanView(Guid Id, Guid CaseId, int VersionNo, PlanStatus Status, IReadOnlyList<PlanGoal> Goals, string Content,
    string Methods, DateOnly StartOn, DateOnly EndOn, int PlannedSessions, string? Frequency, string ResponsibleStaff,
    string? RevisionReason, Guid? ApprovalRequestId, DateTime? SubmittedAt, DateTime? ApprovedAt, string? ReviewComment,
    string AuthorName, DateTime CreatedAt, long Version, IReadOnlyList<Guid> ResponsibleStaffIds, string? LegacyResponsibleStaff)
{
    /// <summary><see cref="ResponsibleStaff"/> is the text shown (current names, then unmatched legacy text, docs/adr/012);
    /// <see cref="ResponsibleStaffIds"/> are the people chosen.</summary>
    internal static PlanView From(ServicePlan p, StaffNames names) => new(p.Id, p.CaseId, p.VersionNo, p.Status, p.Goals, p.Content, p.Methods,
        p.StartOn, p.EndOn, p.PlannedSessions, p.Frequency, PlanRules.StaffText(p, names), p.RevisionReason, p.ApprovalRequestId,
        p.SubmittedAt, p.ApprovedAt, p.ReviewComment, names.Of(p.AuthorId, p.AuthorName), p.CreatedAt, p.Version, p.ResponsibleStaffIds,
        string.IsNullOrWhiteSpace(p.ResponsibleStaff) ? null : p.ResponsibleStaff);

    internal static async Task<IReadOnlyList<PlanView>> FromAsync(IReadOnlyList<ServicePlan> plans, IStaffDirectory staff, CancellationToken ct)
    {
        var names = await staff.NamesAsync(plans.SelectMany(p => p.ResponsibleStaffIds.Append(p.AuthorId)), ct);
        return plans.Select(p => From(p, names)).ToList();
    }
}

/// <summary>Every version of a case's plan, newest first: earlier versions stay readable (C3.2.2, C3.3.3).</summary>
internal sealed class ListPlansHandler(CasesDb db, CaseAccess access, IStaffDirectory staff)
{
    public async Task<Result<IReadOnlyList<PlanView>>> HandleAsync(Guid caseId, CancellationToken ct)
    {
        if (!await access.Cases().AnyAsync(k => k.Id == caseId, ct)) return Error.NotFound();
        var rows = await db.ServicePlans.AsNoTracking().Where(p => p.CaseId == caseId).OrderByDescending(p => p.VersionNo).Take(100).ToListAsync(ct);
        return Result.Success(await PlanView.FromAsync(rows, staff, ct));
    }
}
