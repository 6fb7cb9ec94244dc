using System.ComponentModel.DataAnnotations;
using SocialWorkStation.Modules.Cases.Data;
using SocialWorkStation.Modules.Cases.Domain;
using SocialWorkStation.Modules.Cases.Features.Archiving;
using SocialWorkStation.Platform.Results;
using SocialWorkStation.Platform.Staff;

namespace SocialWorkStation.Modules.Cases.Features.Closure;

internal sealed class AddFollowUpRequest
{
    public Guid CaseId { get; set; }

    [Required(ErrorMessage = "请填写计划回访日期。")]
    public DateOnly? DueOn { get; set; }
}

/// <summary>Schedules one more follow-up visit of a closed case (C3.5.2).</summary>
internal sealed class AddFollowUpHandler(CasesDb db, CaseAccess access, CaseFileHandOffHandler archive)
{
    public async Task<Result<FollowUpDto>> HandleAsync(AddFollowUpRequest request, CancellationToken ct = default)
    {
        var item = await access.FindCaseAsync(request.CaseId, ct);
        if (item is null) return Error.NotFound();
        if (await archive.RefuseIfSealedAsync(item.Id, ct) is { } sealedFile) return sealedFile;
        if (request.DueOn is not { } due) return Error.Invalid("dueOn", "请填写计划回访日期。");
        if (item.Status != CaseStatus.Closed || item.ClosedOn is not { } closedOn) return Error.Rule("只有已结案的个案可以安排跟进回访。");
        if (due < closedOn) return Error.Invalid("dueOn", "回访日期不能早于结案日期。");
        if (due > closedOn.AddYears(5)) return Error.Invalid("dueOn", "回访日期过远。");
        var followUp = new FollowUp { StationId = item.StationId, CaseId = item.Id, DueOn = due };
        db.FollowUps.Add(followUp);
        // A visit still to come means the file is not complete after all: a pending hand-off is withdrawn.
        if ((await archive.SyncAsync(item, ct)).Error is { } notWithdrawn) return notWithdrawn;
        await db.SaveChangesAsync(ct);
        return FollowUpDto.From(followUp, StaffNames.None);
    }
}
