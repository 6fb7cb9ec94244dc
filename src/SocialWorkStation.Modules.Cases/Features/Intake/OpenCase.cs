using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SocialWorkStation.Modules.Cases.Data;
using SocialWorkStation.Modules.Cases.Domain;
using SocialWorkStation.Platform.Common;
using SocialWorkStation.Platform.Identity;
using SocialWorkStation.Platform.Numbering;
using SocialWorkStation.Platform.Results;
using SocialWorkStation.Platform.Stations;

namespace SocialWorkStation.Modules.Cases.Features.Intake;

/// <summary>接案 (C3.1.1): who the client is, how the case came to the station and what they ask for.</summary>
public sealed class OpenCaseRequest
{
    public Guid ClientId { get; set; }
    [EnumDataType(typeof(IntakeSource), ErrorMessage = "请选择来源。")]
    public IntakeSource Source { get; set; }
    [MaxLength(200, ErrorMessage = "来源说明最长 200 个字符。")]
    public string? SourceDetail { get; set; }
    [Required(ErrorMessage = "请填写主要需求或求助问题。"), MaxLength(2000, ErrorMessage = "主要需求最长 2000 个字符。")]
    public string PresentingNeeds { get; set; } = "";
    public DateOnly? IntakeDate { get; set; }
    /// <summary>Staff id (docs/adr/012); defaults to the current user's.</summary>
    public Guid? WorkerId { get; set; }
    public Guid? SupervisorId { get; set; }
}

public sealed record OpenedCase(Guid Id, string Number);

internal sealed class OpenCaseHandler(CasesDb db, CaseAccess access, ICurrentUser user, INumbering numbering,
    ListStationStaffHandler staff, StationClock clock, IOptions<CasesOptions> options)
{
    public async Task<Result<OpenedCase>> HandleAsync(OpenCaseRequest request, CancellationToken ct)
    {
        if (RequestShape.Check(request) is { } shape) return shape;
        if (user.StationId is not { } stationId) return Error.Rule("请先在页面顶部选择一个社工站。");
        var client = await access.Clients().Where(c => c.Id == request.ClientId).Select(c => new { c.Id, c.Name }).FirstOrDefaultAsync(ct);
        if (client is null) return Error.NotFound("服务对象不存在或无权访问。");
        var today = clock.Today();
        var intakeDate = request.IntakeDate ?? today;
        if (intakeDate > today) return Error.Invalid("intakeDate", "接案日期不能晚于今天。");

        var workerId = request.WorkerId ?? user.StaffId;
        if (!await staff.ServesAsAsync(workerId, stationId, ListStationStaffHandler.WorkerRoles, ct))
            return Error.Invalid("workerId", "负责社工须为本站的社工或站长。");
        if (request.SupervisorId is { } supervisorId
            && !await staff.ServesAsAsync(supervisorId, stationId, ListStationStaffHandler.SupervisorRoles, ct))
            return Error.Invalid("supervisorId", "督导须为本站的督导或站长。");

        // The number and the row commit together: a failed insert hands the number back (gap-free 案号).
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        // One open case per client: a second intake would split the record and the worker's responsibility.
        var open = await db.Cases.Where(k => k.ClientId == client.Id && k.Status != CaseStatus.Closed && k.Status != CaseStatus.NotAccepted)
            .Select(k => k.Number).FirstOrDefaultAsync(ct);
        if (open is not null) return Error.Conflict($"该服务对象已有未结案的个案（案号 {open}），不能重复接案。");

        var now = clock.UtcNow();
        var item = new Case
        {
            StationId = stationId, ClientId = client.Id, Source = request.Source, SourceDetail = request.SourceDetail.TrimToNull(),
            PresentingNeeds = request.PresentingNeeds.Trim(), IntakeDate = intakeDate, Status = CaseStatus.Intake,
            WorkerId = workerId, SupervisorId = request.SupervisorId,
            CreatedAt = now, UpdatedAt = now,
        };
        item.Number = await numbering.NextAsync(options.Value.CaseNumberKind, stationId, ct);
        db.Cases.Add(item);
        CaseTimeline.Log(db, item, CaseEventKind.Opened, $"接案：{client.Name}，案号 {item.Number}", user, now);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return new OpenedCase(item.Id, item.Number);
    }
}
