using System.ComponentModel.DataAnnotations;
using SocialWorkStation.Modules.Rectification.Data;
using SocialWorkStation.Platform.Stations;
using SocialWorkStation.Platform.Identity;
using SocialWorkStation.Platform.Results;

namespace SocialWorkStation.Modules.Rectification.Features.Verification;

/// <summary>验证通过, with an optional note on what was checked.</summary>
public sealed class VerifyActionRequest
{
    [MaxLength(500, ErrorMessage = "验证意见最长 500 个字符。")]
    public string? Note { get; set; }

    public long Version { get; set; }
}

/// <summary>The verifier must be a second person: neither the action's owner nor whoever reported it done
/// (CorrectiveAction.MayBeVerifiedBy), whatever permissions they hold.</summary>
internal sealed class VerifyActionHandler(RectificationDb db, RectificationAccess access, ICurrentUser user, StationClock clock)
{
    public async Task<Result> HandleAsync(Guid actionId, VerifyActionRequest request, CancellationToken ct)
    {
        if (!user.Has(RectificationPermissions.Verify)) return Error.Forbidden("您没有验证整改措施的权限。");
        if (RequestShape.Check(request) is { } shape) return shape;
        var finding = await access.FindingOfActionAsync(actionId, ct);
        if (finding is null) return Error.NotFound();
        if (RectificationSupport.Stale(finding.Actions.Single(a => a.Id == actionId), request.Version) is { } stale) return stale;

        var verified = finding.VerifyAction(actionId, user.Id, request.Note, clock.UtcNow());
        if (verified.IsFailure) return verified;
        return await db.SaveAsync(ct);
    }
}
