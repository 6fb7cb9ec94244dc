using System.ComponentModel.DataAnnotations;
using SocialWorkStation.Modules.Rectification.Data;
using SocialWorkStation.Platform.Stations;
using SocialWorkStation.Platform.Identity;
using SocialWorkStation.Platform.Results;

namespace SocialWorkStation.Modules.Rectification.Features.Closure;

/// <summary>销号 with the 整改结论.</summary>
public sealed class CloseFindingRequest
{
    [Required(ErrorMessage = "请填写整改结论。"), MaxLength(1000, ErrorMessage = "整改结论最长 1000 个字符。")]
    public string Conclusion { get; set; } = "";

    /// <summary>The finding's version the user saw.</summary>
    public long Version { get; set; }
}

/// <summary>Closes a finding once every corrective action has passed verification (Finding.Close).</summary>
internal sealed class CloseFindingHandler(RectificationDb db, RectificationAccess access, ICurrentUser user, StationClock clock)
{
    public async Task<Result> HandleAsync(Guid findingId, CloseFindingRequest request, CancellationToken ct)
    {
        if (!user.Has(RectificationPermissions.Manage)) return Error.Forbidden("您没有整改销号的权限。");
        if (RequestShape.Check(request) is { } shape) return shape;
        var finding = await access.FindingAsync(findingId, ct);
        if (finding is null) return Error.NotFound();
        if (RectificationSupport.Stale(finding, request.Version) is { } stale) return stale;

        var closed = finding.Close(user.Id, request.Conclusion, clock.UtcNow(), clock.Today());
        if (closed.IsFailure) return closed;
        return await db.SaveAsync(ct);
    }
}
