using System.ComponentModel.DataAnnotations;
using SocialWorkStation.Modules.Cases.Data;
using SocialWorkStation.Modules.Cases.Domain;
using SocialWorkStation.Platform.Identity;
using SocialWorkStation.Platform.Results;
using SocialWorkStation.Platform.Stations;

namespace SocialWorkStation.Modules.Cases.Features.Intake;

/// <summary>接案决定 with the supervisor's opinion (C3.1.1).</summary>
public sealed class DecideIntakeRequest
{
    public bool Accepted { get; set; }
    [Required(ErrorMessage = "请填写督导意见。"), MaxLength(1000, ErrorMessage = "督导意见最长 1000 个字符。")]
    public string Opinion { get; set; } = "";
    public long Version { get; set; }
}

/// <summary>Accepted → the case moves to assessment; not accepted → closed as 不予接案. The assigned worker may not
/// decide their own intake (a second pair of eyes is the point of the opinion) unless they are the station director,
/// who in a one-worker station is the only one who could.</summary>
internal sealed class DecideIntakeHandler(CasesDb db, CaseAccess access, ICurrentUser user, StationClock clock)
{
    public async Task<Result> HandleAsync(Guid caseId, DecideIntakeRequest request, CancellationToken ct)
    {
        if (RequestShape.Check(request) is { } shape) return shape;
        var item = await access.FindCaseAsync(caseId, ct);
        if (item is null) return Error.NotFound();
        if (item.Version != request.Version)
            return new ConflictDiff().Field("status", item.Status.ToString(), CaseStatus.Intake.ToString())
                .Field("supervisorOpinion", item.SupervisorOpinion, request.Opinion).ToError();
        var now = clock.UtcNow();
        var decided = item.DecideIntake(request.Accepted, request.Opinion, user.StaffId, user.Roles.Contains(Roles.Director), clock.Today(), now);
        if (decided.IsFailure) return decided;
        CaseTimeline.Log(db, item, CaseEventKind.IntakeDecided, (request.Accepted ? "同意接案：" : "不予接案：") + item.SupervisorOpinion, user, now);
        await db.SaveChangesAsync(ct);
        return Result.Success();
    }
}
