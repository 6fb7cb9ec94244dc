using Microsoft.EntityFrameworkCore;
using SocialWorkStation.Platform.Identity;
using SocialWorkStation.Platform.Permissions;

namespace SocialWorkStation.Platform.Approvals;

/// <summary>Who may decide a step: holders of its role or permission who can see the station, never the requester.</summary>
internal sealed class ApprovalEligibility(IPlatformDb db, TimeProvider clock)
{
    public static bool CanAct(ICurrentUser user, ApprovalRequestStep step) =>
        (step.Role is not null && user.Roles.Contains(step.Role)) ||
        (step.Permission is not null && user.Has(step.Permission));

    /// <summary>Who may open a request (the station filter already applies): its requester, anyone who could decide
    /// one of its steps or has acted on it, and holders of approvals.view-all. Everyone else gets a 404.</summary>
    public static bool CanView(ICurrentUser user, ApprovalRequest request) =>
        request.RequesterId == user.Id || user.Has(PlatformPermissions.ApprovalsViewAll)
        || request.Steps.Any(s => CanAct(user, s)) || request.History.Any(a => a.UserId == user.Id);

    /// <summary>For "all must approve" steps: has every eligible person approved in this round?</summary>
    public async Task<bool> AllApprovedAsync(ApprovalRequest request, ApprovalRequestStep step, CancellationToken ct)
    {
        var eligible = await EligibleUserIdsAsync(request, step, ct);
        var approved = request.History
            .Where(a => a.Round == request.Round && a.StepOrder == step.Order && a.Decision == ApprovalDecision.Approved)
            .Select(a => a.UserId).ToHashSet();
        return eligible.All(approved.Contains);
    }

    /// <summary>"Everyone" means the station's own members holding the role or permission. County-wide users
    /// (oversight, administrators, who hold every platform permission) may also decide but are not waited for,
    /// or one county account would hold up every station's all-must-approve steps.</summary>
    private async Task<List<Guid>> EligibleUserIdsAsync(ApprovalRequest request, ApprovalRequestStep step, CancellationToken ct)
    {
        var roleIds = db.Roles.Where(r => r.Name == step.Role ||
            db.RolePermissions.Any(p => p.RoleId == r.Id && p.Permission == step.Permission)).Select(r => r.Id);
        var candidates = await db.Users.AsNoTracking()
            .Where(u => u.Id != request.RequesterId && u.IsActive)
            .Where(u => db.UserRoles.Any(ur => ur.UserId == u.Id && roleIds.Contains(ur.RoleId)))
            .Where(u => db.UserStations.Any(us => us.UserId == u.Id && us.StationId == request.StationId))
            .ToListAsync(ct);
        return candidates.Where(u => UserAccessLoader.IsUsable(u, clock)).Select(u => u.Id).ToList();
    }
}
