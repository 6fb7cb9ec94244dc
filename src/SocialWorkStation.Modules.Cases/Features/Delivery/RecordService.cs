using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SocialWorkStation.Modules.Cases.Data;
using SocialWorkStation.Modules.Cases.Domain;
using SocialWorkStation.Modules.Cases.Features.Intake;
using SocialWorkStation.Platform.Common;
using SocialWorkStation.Platform.Identity;
using SocialWorkStation.Platform.Modules;
using SocialWorkStation.Platform.Results;
using SocialWorkStation.Platform.Staff;
using SocialWorkStation.Platform.Stations;

namespace SocialWorkStation.Modules.Cases.Features.Delivery;

/// <summary>The fields of a service record, shared by recording and editing (and by the ServiceTab form).</summary>
internal class ServiceRecordInput
{
    [Required(ErrorMessage = "请填写服务日期。")]
    public DateOnly? ServiceDate { get; set; }

    [Range(1, 1440, ErrorMessage = "服务时长须在 1 到 1440 分钟之间。")]
    public int DurationMinutes { get; set; } = 60;

    [EnumDataType(typeof(ServiceType), ErrorMessage = "请选择服务方式。")]
    public ServiceType Type { get; set; } = ServiceType.HomeVisit;

    [MaxLength(200, ErrorMessage = "服务地点最长 200 个字符。")]
    public string? Place { get; set; }

    [Required(ErrorMessage = "请填写服务内容。"), MaxLength(4000, ErrorMessage = "服务内容最长 4000 个字符。")]
    public string Content { get; set; } = "";

    [MaxLength(1000, ErrorMessage = "服务对象反馈最长 1000 个字符。")]
    public string? ClientFeedback { get; set; }

    [MaxLength(1000, ErrorMessage = "服务成效最长 1000 个字符。")]
    public string? Effect { get; set; }

    [MaxLength(1000, ErrorMessage = "下一步计划最长 1000 个字符。")]
    public string? NextSteps { get; set; }

    public bool IsSensitive { get; set; }

    /// <summary>Shape checks the endpoint filter also makes; repeated here because pages call the handler directly.</summary>
    public Error? Check(DateOnly today)
    {
        if (RequestShape.Check(this) is { } shape) return shape;
        if (string.IsNullOrWhiteSpace(Content)) return Error.Invalid("content", "请填写服务内容。");
        if (ServiceDate > today) return Error.Invalid("serviceDate", "服务日期不能晚于今天。");
        return null;
    }
}

internal sealed class RecordServiceRequest : ServiceRecordInput;

/// <summary>服务记录 (C3.3.2, C3.4.1): a contact recorded against the case's current approved plan only (C3.3.1).</summary>
internal sealed class RecordServiceHandler(CasesDb db, CaseAccess access, ICurrentUser user, StationClock clock, IOptions<CasesOptions> options,
    IStaffDirectory staff)
{
    public async Task<Result<ServiceRecordDto>> HandleAsync(Guid caseId, RecordServiceRequest request, CancellationToken ct = default)
    {
        var item = await access.FindCaseAsync(caseId, ct);
        if (item is null) return Error.NotFound();
        if (request.Check(clock.Today()) is { } invalid) return invalid;
        if (!item.IsOpen || !item.AcceptsServices())
            return Error.Rule("只有处于介入阶段的个案才能记录服务。");
        var plan = await db.CurrentApprovedPlanAsync(caseId, ct);
        if (plan is null) return Error.Rule("服务计划尚未审核通过，不能记录服务。");

        var now = clock.UtcNow();
        var record = new ServiceRecord
        {
            StationId = item.StationId, CaseId = item.Id, PlanId = plan.Id, ServiceDate = request.ServiceDate!.Value,
            DurationMinutes = request.DurationMinutes, Type = request.Type, Place = request.Place.TrimToNull(), Content = request.Content.Trim(),
            ClientFeedback = request.ClientFeedback.TrimToNull(), Effect = request.Effect.TrimToNull(), NextSteps = request.NextSteps.TrimToNull(),
            IsSensitive = request.IsSensitive, WorkerId = user.StaffId, CreatedAt = now,
        };
        db.ServiceRecords.Add(record);
        db.Log(item, CaseEventKind.ServiceRecorded, $"记录服务：{record.ServiceDate:yyyy-MM-dd} {record.Type.Label()} {record.DurationMinutes} 分钟", user, now);
        await db.SaveWithAsync(t => db.CreditServiceAsync(item.Id, record.ServiceDate, record.DurationMinutes, options.Value.ContactIntervalDays, now, t), ct);
        return ServiceRecordDto.From(record, access, await staff.NamesAsync([record.WorkerId], ct));
    }
}

/// <summary>A service record as shown to this user: a sensitive one they may not read keeps its date, type and
/// duration (it still counts) but not its text (C1.3.4).</summary>
internal sealed record ServiceRecordDto(
    Guid Id, Guid CaseId, Guid PlanId, Guid? ActivityId, DateOnly ServiceDate, int DurationMinutes,
    ServiceType Type,
    string? Place, string Content, string? ClientFeedback, string? Effect, string? NextSteps, bool IsSensitive, bool Hidden,
    Guid WorkerId, string WorkerName, DateTime CreatedAt, long Version)
{
    /// <summary><paramref name="names"/> holds the worker's current name (docs/adr/012).</summary>
    public static ServiceRecordDto From(ServiceRecord r, CaseAccess access, StaffNames names)
    {
        var hidden = !access.CanRead(r);
        string? Text(string? value) => hidden ? DeliveryRules.HiddenText : value;
        return new(r.Id, r.CaseId, r.PlanId, r.ActivityId, r.ServiceDate, r.DurationMinutes, r.Type, hidden ? null : r.Place,
            Text(r.Content)!, Text(r.ClientFeedback), Text(r.Effect), Text(r.NextSteps), r.IsSensitive, hidden,
            r.WorkerId, names.Of(r.WorkerId, r.WorkerName), r.CreatedAt, r.Version);
    }
}
