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
using SocialWorkStation.Platform.Stations;

namespace SocialWorkStation.Modules.Cases.Features.Delivery;

internal sealed class RecordActivityRequest
{
    [EnumDataType(typeof(ActivityKind), ErrorMessage = "请选择活动类型。")]
    public ActivityKind Kind { get; set; } = ActivityKind.Group;

    [Required(ErrorMessage = "请填写活动名称。"), MaxLength(100, ErrorMessage = "活动名称最长 100 个字符。")]
    public string Title { get; set; } = "";

    [Required(ErrorMessage = "请填写活动日期。")]
    public DateOnly? Date { get; set; }

    [Range(1, 1440, ErrorMessage = "活动时长须在 1 到 1440 分钟之间。")]
    public int DurationMinutes { get; set; } = 90;

    [MaxLength(200, ErrorMessage = "活动地点最长 200 个字符。")]
    public string? Place { get; set; }

    [Required(ErrorMessage = "请填写活动内容。"), MaxLength(4000, ErrorMessage = "活动内容最长 4000 个字符。")]
    public string Content { get; set; } = "";

    [Range(0, 10000, ErrorMessage = "现场签到人数须在 0 到 10000 之间。")]
    public int WalkInCount { get; set; }

    [MaxLength(500, ErrorMessage = "签到名单最多 500 人。")]
    public List<Guid> ParticipantClientIds { get; set; } = [];
}

internal sealed record ActivityCreated(Guid Id, int Attendance, int CasesCredited);

/// <summary>小组/社区活动 with its sign-in list (C3.3.1): one activity counts for every registered participant, and
/// for each whose case is in service under an approved plan it is also a service record on that case. All rows are
/// saved together or not at all.</summary>
internal sealed class RecordActivityHandler(CasesDb db, CaseAccess access, ICurrentUser user, StationClock clock, IOptions<CasesOptions> options)
{
    public async Task<Result<ActivityCreated>> HandleAsync(RecordActivityRequest request, CancellationToken ct = default)
    {
        if (user.StationId is not { } stationId) return Error.Rule("请先在页面顶部选择一个社工站。");
        if (string.IsNullOrWhiteSpace(request.Title)) return Error.Invalid("title", "请填写活动名称。");
        if (string.IsNullOrWhiteSpace(request.Content)) return Error.Invalid("content", "请填写活动内容。");
        if (request.Date is not { } date) return Error.Invalid("date", "请填写活动日期。");
        if (date > clock.Today()) return Error.Invalid("date", "活动日期不能晚于今天。");
        if (request.DurationMinutes is < 1 or > 1440) return Error.Invalid("durationMinutes", "活动时长须在 1 到 1440 分钟之间。");
        if (request.WalkInCount is < 0 or > 10000) return Error.Invalid("walkInCount", "现场签到人数须在 0 到 10000 之间。");
        var ids = request.ParticipantClientIds ?? [];
        if (ids.Count > 500) return Error.Invalid("participantClientIds", "签到名单最多 500 人。");
        if (ids.Distinct().Count() != ids.Count) return Error.Invalid("participantClientIds", "签到名单中有重复的服务对象。");

        var clients = await access.Clients().Where(c => ids.Contains(c.Id)).Select(c => new { c.Id, c.Name }).ToListAsync(ct);
        if (clients.Count != ids.Count) return Error.Invalid("participantClientIds", "签到名单中有不存在或无权查看的服务对象。");

        var now = clock.UtcNow();
        var activity = new Activity
        {
            StationId = stationId, Kind = request.Kind, Title = request.Title.Trim(), Date = date, DurationMinutes = request.DurationMinutes,
            Place = request.Place.TrimToNull(), Content = request.Content.Trim(), WalkInCount = request.WalkInCount,
            OrganiserId = user.StaffId, CreatedAt = now,
        };

        // Cases in service with an approved plan are credited; a client with several (rare) gets the most recent one.
        var cases = await db.Cases.Where(c => ids.Contains(c.ClientId) && c.StationId == stationId
                                              && (c.Status == CaseStatus.Intervention || c.Status == CaseStatus.Planning))
            .OrderByDescending(c => c.IntakeDate).ToListAsync(ct);
        var caseIds = cases.Select(c => c.Id).ToList();
        var plans = await db.ServicePlans.Where(p => caseIds.Contains(p.CaseId) && p.Status == PlanStatus.Approved)
            .Select(p => new { p.Id, p.CaseId, p.VersionNo }).ToListAsync(ct);
        var type = request.Kind == ActivityKind.Group ? ServiceType.Group : ServiceType.CommunityActivity;
        var credits = new List<Guid>();
        foreach (var client in clients.OrderBy(c => ids.IndexOf(c.Id)))
        {
            var participant = new ActivityParticipant { ActivityId = activity.Id, ClientId = client.Id, ClientName = client.Name };
            var inService = cases.Where(c => c.ClientId == client.Id)
                .Select(c => (Case: c, Plan: plans.Where(p => p.CaseId == c.Id).MaxBy(p => p.VersionNo)))
                .FirstOrDefault(x => x.Plan is not null);
            if (inService.Case is { } item)
            {
                participant.CaseId = item.Id;
                db.ServiceRecords.Add(new ServiceRecord
                {
                    StationId = item.StationId, CaseId = item.Id, PlanId = inService.Plan!.Id, ActivityId = activity.Id, ServiceDate = date,
                    DurationMinutes = activity.DurationMinutes, Type = type, Place = activity.Place, Content = activity.Content,
                    WorkerId = user.StaffId, CreatedAt = now,
                });
                credits.Add(item.Id);
                db.Log(item, CaseEventKind.ServiceRecorded, $"参加{request.Kind.Label()}：{activity.Title}", user, now);
            }
            activity.Participants.Add(participant);
        }
        db.Activities.Add(activity);
        await db.SaveWithAsync(async t =>
        {
            foreach (var caseId in credits) await db.CreditServiceAsync(caseId, date, activity.DurationMinutes, options.Value.ContactIntervalDays, now, t);
        }, ct);
        return new ActivityCreated(activity.Id, activity.Attendance, credits.Count);
    }
}
