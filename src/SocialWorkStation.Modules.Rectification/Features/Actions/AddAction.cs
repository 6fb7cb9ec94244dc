using System.ComponentModel.DataAnnotations;
using SocialWorkStation.Modules.Rectification.Data;
using SocialWorkStation.Platform.Stations;
using SocialWorkStation.Platform.Identity;
using SocialWorkStation.Platform.Results;

namespace SocialWorkStation.Modules.Rectification.Features.Actions;

/// <summary>制定整改措施: what will be done, who is responsible (a staff member of the finding's station who may own
/// actions) and by when.</summary>
public sealed class AddActionRequest
{
    [Required(ErrorMessage = "请填写整改措施。"), MaxLength(1000, ErrorMessage = "整改措施最长 1000 个字符。")]
    public string Description { get; set; } = "";

    [Required(ErrorMessage = "请选择措施负责人。")]
    public Guid? OwnerId { get; set; }

    [Required(ErrorMessage = "请选择完成期限。")]
    public DateOnly? DueOn { get; set; }
}

public sealed record AddedAction(Guid Id, int Seq);

internal sealed class AddActionHandler(RectificationDb db, RectificationAccess access, ActionOwners owners, ICurrentUser user, StationClock clock)
{
    public async Task<Result<AddedAction>> HandleAsync(Guid findingId, AddActionRequest request, CancellationToken ct)
    {
        if (!user.Has(RectificationPermissions.Manage)) return Error.Forbidden("您没有制定整改措施的权限。");
        if (RequestShape.Check(request) is { } shape) return shape;
        var finding = await access.FindingAsync(findingId, ct);
        if (finding is null) return Error.NotFound();
        if (!await owners.IsEligibleAsync(request.OwnerId!.Value, finding.StationId, ct))
            return Error.Invalid("ownerId", "措施负责人须为该社工站的在职人员，并可承担整改措施。");

        var added = finding.AddAction(request.Description, request.OwnerId.Value, request.DueOn!.Value, user.Id, clock.UtcNow(), clock.Today());
        if (added.IsFailure) return added.Error!;
        var saved = await db.SaveAsync(ct);
        if (saved.IsFailure) return saved.Error!;
        return new AddedAction(added.Value!.Id, added.Value.Seq);
    }
}
