using System.ComponentModel.DataAnnotations;
using SocialWorkStation.Modules.Rectification.Data;
using SocialWorkStation.Platform.Stations;
using SocialWorkStation.Platform.Identity;
using SocialWorkStation.Platform.Results;

namespace SocialWorkStation.Modules.Rectification.Features.Verification;

/// <summary>退回整改: the verifier sends the action back to its owner, saying what is still missing.</summary>
public sealed class ReturnActionRequest
{
    [Required(ErrorMessage = "请填写退回理由。"), MaxLength(500, ErrorMessage = "退回理由最长 500 个字符。")]
    public string Reason { get; set; } = "";

    public long Version { get; set; }
}

internal sealed class ReturnActionHandler(RectificationDb db, RectificationAccess access, ICurrentUser user, StationClock clock)
{
    public async Task<Result> HandleAsync(Guid actionId, ReturnActionRequest request, CancellationToken ct)
    {
        if (!user.Has(RectificationPermissions.Verify)) return Error.Forbidden("您没有验证整改措施的权限。");
        if (RequestShape.Check(request) is { } shape) return shape;
        var finding = await access.FindingOfActionAsync(actionId, ct);
        if (finding is null) return Error.NotFound();
        if (RectificationSupport.Stale(finding.Actions.Single(a => a.Id == actionId), request.Version) is { } stale) return stale;

        var returned = finding.ReturnAction(actionId, user.Id, request.Reason, clock.UtcNow());
        if (returned.IsFailure) return returned;
        return await db.SaveAsync(ct);
    }
}
