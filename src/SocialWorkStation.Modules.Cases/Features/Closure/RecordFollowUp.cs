using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using SocialWorkStation.Modules.Cases.Data;
using SocialWorkStation.Modules.Cases.Domain;
using SocialWorkStation.Modules.Cases.Features.Archiving;
using SocialWorkStation.Modules.Cases.Features.Intake;
using SocialWorkStation.Platform.Common;
using SocialWorkStation.Platform.Identity;
using SocialWorkStation.Platform.Results;
using SocialWorkStation.Platform.Staff;
using SocialWorkStation.Platform.Stations;

namespace SocialWorkStation.Modules.Cases.Features.Closure;

internal sealed class RecordFollowUpRequest
{
    public static readonly string[] Methods = ["电话", "家访", "面谈", "其他"];

    [Required(ErrorMessage = "请填写回访日期。")]
    public DateOnly? DoneOn { get; set; }

    [Required(ErrorMessage = "请选择回访方式。"), MaxLength(20, ErrorMessage = "请选择回访方式。")]
    public string Method { get; set; } = "电话";

    [Required(ErrorMessage = "请填写后续需求和生活状况。"), MaxLength(2000, ErrorMessage = "后续需求和生活状况最长 2000 个字符。")]
    public string Findings { get; set; } = "";

    [MaxLength(1000, ErrorMessage = "提供的支持最长 1000 个字符。")]
    public string? SupportProvided { get; set; }

    public bool NeedsReopening { get; set; }
}

/// <summary>跟进回访 (C3.5.2): after closure the worker checks on the client's later needs and living situation.</summary>
internal sealed class RecordFollowUpHandler(CasesDb db, CaseAccess access, ICurrentUser user, StationClock clock, CaseFileHandOffHandler archive,
    IStaffDirectory staff)
{
    public async Task<Result<FollowUpDto>> HandleAsync(Guid id, RecordFollowUpRequest request, CancellationToken ct = default)
    {
        var followUp = await db.FollowUps.FirstOrDefaultAsync(f => f.Id == id, ct);
        var item = followUp is null ? null : await access.FindCaseAsync(followUp.CaseId, ct);
        if (followUp is null || item is null) return Error.NotFound();
        if (await archive.RefuseIfSealedAsync(item.Id, ct) is { } sealedFile) return sealedFile;
        if (request.DoneOn is not { } done) return Error.Invalid("doneOn", "请填写回访日期。");
        if (!RecordFollowUpRequest.Methods.Contains(request.Method)) return Error.Invalid("method", "请选择回访方式。");
        if (string.IsNullOrWhiteSpace(request.Findings)) return Error.Invalid("findings", "请填写后续需求和生活状况。");
        if (request.Findings.Length > 2000 || request.SupportProvided is { Length: > 1000 }) return Error.Invalid("findings", "内容过长。");
        if (followUp.Record(item, done, request.Method, request.Findings, request.SupportProvided, request.NeedsReopening,
                user.StaffId, clock.Today()).Error is { } refused) return refused;
        var now = clock.UtcNow();
        item.UpdatedAt = now;
        db.Log(item, CaseEventKind.FollowUpRecorded, $"跟进回访（{request.Method}）{(request.NeedsReopening ? "，建议重新开案" : "")}", user, now);
        // The last follow-up completes the case file: it is handed to the archive in the same save (C8.2.2).
        if ((await archive.SyncAsync(item, ct)).Error is { } notDeclared) return notDeclared;
        await db.SaveChangesAsync(ct);
        return FollowUpDto.From(followUp, await staff.NamesAsync([user.StaffId], ct));
    }
}
