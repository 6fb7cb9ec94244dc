using Microsoft.EntityFrameworkCore;
using SocialWorkStation.Modules.Rectification.Data;
using SocialWorkStation.Platform.Identity;
using SocialWorkStation.Platform.Results;

namespace SocialWorkStation.Modules.Rectification.Features.Actions;

/// <summary>The owner picker of a finding: staff of the finding's station who may own actions.</summary>
internal sealed class ListActionOwnersHandler(RectificationAccess access, ActionOwners owners, ICurrentUser user)
{
    public async Task<Result<IReadOnlyList<StaffOption>>> HandleAsync(Guid findingId, CancellationToken ct)
    {
        if (!user.Has(RectificationPermissions.Manage)) return Error.Forbidden("您没有制定整改措施的权限。");
        var stationId = await access.Findings().Where(f => f.Id == findingId).Select(f => (Guid?)f.StationId).FirstOrDefaultAsync(ct);
        if (stationId is null) return Error.NotFound();
        return Result.Success(await owners.InStationAsync(stationId.Value, ct));
    }
}
