using System.ComponentModel.DataAnnotations;
using SocialWorkStation.Modules.Rectification.Data;
using SocialWorkStation.Platform.Stations;
using SocialWorkStation.Platform.Identity;
using SocialWorkStation.Platform.Results;

namespace SocialWorkStation.Modules.Rectification.Features.Completion;

/// <summary>提交整改完成: the owner reports what was done, after uploading the evidence.</summary>
public sealed class CompleteActionRequest
{
    [Required(ErrorMessage = "请填写整改完成情况。"), MaxLength(1000, ErrorMessage = "整改完成情况最长 1000 个字符。")]
    public string Note { get; set; } = "";

    /// <summary>The action's version the user saw.</summary>
    public long Version { get; set; }
}

internal sealed class CompleteActionHandler(RectificationDb db, RectificationAccess access, ICurrentUser user, StationClock clock)
{
    public async Task<Result> HandleAsync(Guid actionId, CompleteActionRequest request, CancellationToken ct)
    {
        if (!user.Has(RectificationPermissions.Act)) return Error.Forbidden("您没有承担整改措施的权限。");
        if (RequestShape.Check(request) is { } shape) return shape;
        var finding = await access.FindingOfActionAsync(actionId, ct);
        if (finding is null) return Error.NotFound();
        if (RectificationSupport.Stale(finding.Actions.Single(a => a.Id == actionId), request.Version) is { } stale) return stale;

        var evidence = await ActionEvidence.CountAsync(db, actionId, ct);
        var completed = finding.CompleteAction(actionId, user.Id, request.Note, evidence, clock.UtcNow());
        if (completed.IsFailure) return completed;
        return await db.SaveAsync(ct);
    }
}
