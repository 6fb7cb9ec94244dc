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

    /// <summary>For "all must approve" steps: has every eligible person approved in this round?</summary>
    public async Task<bool> AllApprovedAsync(ApprovalRequest request, ApprovalRequestStep step, CancellationToken ct)
    {
        var eligible = await EligibleUserIdsAsync(request, step, ct);
        var approved = request.History
            .Where(a => a.Round == request.Round && a.StepOrder == step.Order && a.Decision == ApprovalDecision.Approved)
            .Select(a => a.UserId).ToHashSet();
        return eligible.All(approved.Contains);
    }

    private async Task<List<Guid>> EligibleUserIdsAsync(ApprovalRequest request, ApprovalRequestStep step, CancellationToken ct)
    {
        var roleIds = db.Roles.Where(r => r.Name == step.Role ||
            db.RolePermissions.Any(p => p.RoleId == r.Id && p.Permission == step.Permission)).Select(r => r.Id);
        var countyRoleIds = db.RolePermissions.Where(p => p.Permission == PlatformPermissions.CountyOversight).Select(p => p.RoleId);
        var candidates = await db.Users.AsNoTracking()
            .Where(u => u.Id != request.RequesterId && u.IsActive)
            .Where(u => db.UserRoles.Any(ur => ur.UserId == u.Id && roleIds.Contains(ur.RoleId)))
            .Where(u => db.UserStations.Any(us => us.UserId == u.Id && us.StationId == request.StationId)
                        || db.UserRoles.Any(ur => ur.UserId == u.Id && countyRoleIds.Contains(ur.RoleId)))
            .ToListAsync(ct);
        return candidates.Where(u => UserAccessLoader.IsUsable(u, clock)).Select(u => u.Id).ToList();
    }
}
