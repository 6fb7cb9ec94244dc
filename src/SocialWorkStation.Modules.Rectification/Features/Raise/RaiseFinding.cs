using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SocialWorkStation.Modules.Rectification.Contracts;
using SocialWorkStation.Modules.Rectification.Data;
using SocialWorkStation.Modules.Rectification.Domain;
using SocialWorkStation.Platform.Identity;
using SocialWorkStation.Platform.Numbering;
using SocialWorkStation.Platform.Results;
using SocialWorkStation.Platform.Stations;

namespace SocialWorkStation.Modules.Rectification.Features.Raise;

/// <summary>登记整改问题 (the request type is the contract's <see cref="RaiseFindingRequest"/>): by hand from the page or
/// API (needs <see cref="RectificationPermissions.Manage"/>), or from another module through <see cref="IRectification"/>
/// (the module has checked its own permission). Either way the station must be one the user sees.</summary>
internal sealed class RaiseFindingHandler(RectificationDb db, ICurrentUser user, INumbering numbering, StationClock clock,
    IOptions<RectificationOptions> options)
{
    public async Task<Result<RaisedFinding>> HandleAsync(RaiseFindingRequest request, CancellationToken ct)
    {
        if (!user.Has(RectificationPermissions.Manage)) return Error.Forbidden("您没有登记整改问题的权限。");
        return await RaiseAsync(request, ct);
    }

    /// <summary>For the contract: no rectification permission of the caller's user is required.</summary>
    internal async Task<Result<RaisedFinding>> RaiseAsync(RaiseFindingRequest request, CancellationToken ct)
    {
        if (RequestShape.Check(request) is { } shape) return shape;
        if ((request.StationId ?? user.StationId) is not { } stationId) return Error.Rule("请先在页面顶部选择一个社工站。");
        // Another station is "not found", like any record of it (ADR 002).
        if ((!user.IsSystem && !user.VisibleStationIds.Contains(stationId))
            || !await db.Set<Station>().AnyAsync(s => s.Id == stationId && s.IsActive, ct))
            return Error.NotFound("社工站不存在或无权访问。");

        var raised = Finding.Raise(request, stationId, user.Id, clock.UtcNow(), clock.Today());
        if (raised.IsFailure) return raised.Error!;
        var finding = raised.Value!;

        // The number and the row commit together: a failed insert hands the number back (gap-free 整改编号).
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        finding.Number = await numbering.NextAsync(options.Value.NumberKind, stationId, ct);
        db.Findings.Add(finding);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return new RaisedFinding(finding.Id, finding.Number);
    }
}
