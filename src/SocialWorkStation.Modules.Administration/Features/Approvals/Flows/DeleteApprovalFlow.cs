using Microsoft.EntityFrameworkCore;
using SocialWorkStation.Platform;
using SocialWorkStation.Platform.Identity;
using SocialWorkStation.Platform.Results;

namespace SocialWorkStation.Modules.Administration.Features.Approvals.Flows;

/// <summary>Removes the current station's own flow, so its new requests follow the county default again.
/// Running requests keep the steps they were submitted with. The county default itself cannot be deleted.</summary>
public sealed class DeleteApprovalFlowHandler(IPlatformDb db, ICurrentUser user)
{
    public async Task<Result> HandleAsync(string subjectType, CancellationToken ct = default)
    {
        if (user.StationId is not { } stationId) return Error.Rule("请先在页面顶部选择一个社工站。");
        var flow = await db.ApprovalFlows.Include(f => f.Steps).FirstOrDefaultAsync(f =>
            f.OrganisationId == user.OrganisationId && f.SubjectType == subjectType && f.StationId == stationId, ct);
        if (flow is null) return Error.NotFound("本站没有自定义该事项的流程。");
        db.ApprovalFlows.Remove(flow);
        await db.SaveChangesAsync(ct);
        return Result.Success();
    }
}
