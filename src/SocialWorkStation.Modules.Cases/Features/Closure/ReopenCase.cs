using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using SocialWorkStation.Modules.Cases.Data;
using SocialWorkStation.Modules.Cases.Domain;
using SocialWorkStation.Modules.Cases.Features.Archiving;
using SocialWorkStation.Modules.Cases.Features.Intake;
using SocialWorkStation.Platform.Common;
using SocialWorkStation.Platform.Identity;
using SocialWorkStation.Platform.Results;
using SocialWorkStation.Platform.Stations;

namespace SocialWorkStation.Modules.Cases.Features.Closure;

internal sealed class ReopenCaseRequest
{
    [Required(ErrorMessage = "请填写重新开案的理由。"), MaxLength(1000, ErrorMessage = "理由最长 1000 个字符。")]
    public string Reason { get; set; } = "";
}

/// <summary>重新开案: a closed case whose client needs help again (often found at a follow-up, C3.5.2) goes back to
/// needs assessment; a new assessment and plan follow. Follow-ups not yet done are dropped with the closure they served.</summary>
internal sealed class ReopenCaseHandler(CasesDb db, CaseAccess access, ICurrentUser user, StationClock clock, CaseFileHandOffHandler archive)
{
    public async Task<Result> HandleAsync(Guid caseId, ReopenCaseRequest request, CancellationToken ct = default)
    {
        var item = await access.FindCaseAsync(caseId, ct);
        if (item is null) return Error.NotFound();
        if (await archive.RefuseIfSealedAsync(item.Id, ct) is { } sealedFile) return sealedFile;
        var reason = request.Reason.TrimToNull();
        if (reason is null) return Error.Invalid("reason", "请填写重新开案的理由。");
        if (reason.Length > 1000) return Error.Invalid("reason", "理由最长 1000 个字符。");
        var now = clock.UtcNow();
        if (item.Reopen(now) is { IsFailure: true } refused) return refused;
        var open = await db.FollowUps.Where(f => f.CaseId == caseId && f.DoneOn == null).ToListAsync(ct);
        foreach (var f in open) db.FollowUps.Remove(f);
        db.Log(item, CaseEventKind.Reopened, $"重新开案：{reason}", user, now);
        // An open case is no longer a complete file: a pending hand-off is withdrawn with the reopening.
        if ((await archive.SyncAsync(item, ct)).Error is { } notWithdrawn) return notWithdrawn;
        await db.SaveChangesAsync(ct);
        return Result.Success();
    }
}
