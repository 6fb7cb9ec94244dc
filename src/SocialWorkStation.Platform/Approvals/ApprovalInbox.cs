using Microsoft.EntityFrameworkCore;
using SocialWorkStation.Platform.Identity;

namespace SocialWorkStation.Platform.Approvals;

internal sealed class ApprovalInbox(IPlatformDb db, ICurrentUser user) : IApprovalInbox
{
    public Task<int> CountAsync(CancellationToken ct = default) =>
        user.IsAuthenticated ? PendingForMe().CountAsync(ct) : Task.FromResult(0);

    public async Task<IReadOnlyList<ApprovalSummary>> PendingForMeAsync(CancellationToken ct = default) =>
        await PendingForMe().OrderBy(r => r.SubmittedAt).Take(200).ToSummaries().ToListAsync(ct);

    private IQueryable<ApprovalRequest> PendingForMe()
    {
        var me = user.Id;
        var roles = user.Roles.ToList();
        // Permission-named steps: the engine checks the permission itself; here we only need a candidate filter.
        var permissions = db.RolePermissions
            .Where(p => db.UserRoles.Any(ur => ur.UserId == me && ur.RoleId == p.RoleId)).Select(p => p.Permission);
        return db.ApprovalRequests.AsNoTracking()
            .Where(r => r.Status == ApprovalStatus.Pending && r.RequesterId != me)
            .Where(r => r.Steps.Any(s => s.Order == r.CurrentStep &&
                ((s.Role != null && roles.Contains(s.Role)) || (s.Permission != null && permissions.Contains(s.Permission)))))
            .Where(r => !r.History.Any(a => a.UserId == me && a.Round == r.Round && a.StepOrder == r.CurrentStep
                                            && a.Decision == ApprovalDecision.Approved));
    }
}

public static class ApprovalQueries
{
    public static IQueryable<ApprovalSummary> ToSummaries(this IQueryable<ApprovalRequest> requests) =>
        requests.Select(r => new ApprovalSummary(r.Id, r.Number, r.SubjectType, r.Title, r.RequesterName, r.Status,
            r.Steps.Where(s => s.Order == r.CurrentStep).Select(s => s.Name).FirstOrDefault(), r.AmountFen, r.SubmittedAt));
}
