using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SocialWorkStation.Modules.Cases.Data;
using SocialWorkStation.Modules.Cases.Features.Archiving;
using SocialWorkStation.Platform.Common;
using SocialWorkStation.Platform.Identity;
using SocialWorkStation.Platform.Modules;
using SocialWorkStation.Platform.Results;
using SocialWorkStation.Platform.Staff;
using SocialWorkStation.Platform.Stations;

namespace SocialWorkStation.Modules.Cases.Features.Delivery;

internal sealed class UpdateServiceRequest : ServiceRecordInput
{
    [Range(0, long.MaxValue, ErrorMessage = "版本号无效。")]
    public long Version { get; set; }
}

/// <summary>Corrects a service record: only its author or the station director, and never over someone else's
/// newer save (the stored values are returned for comparison). Date and duration changes re-credit the case.</summary>
internal sealed class UpdateServiceHandler(CasesDb db, CaseAccess access, ICurrentUser user, StationClock clock, IOptions<CasesOptions> options,
    IStaffDirectory staff, CaseFileHandOffHandler archive)
{
    public async Task<Result<ServiceRecordDto>> HandleAsync(Guid id, UpdateServiceRequest request, CancellationToken ct = default)
    {
        var record = await db.ServiceRecords.FirstOrDefaultAsync(r => r.Id == id, ct);
        var item = record is null ? null : await access.FindCaseAsync(record.CaseId, ct);
        if (record is null || item is null || !access.CanRead(record)) return Error.NotFound();
        if (await archive.RefuseIfSealedAsync(item.Id, ct) is { } sealedFile) return sealedFile;
        if (record.WorkerId != user.StaffId && !user.Roles.Contains(Roles.Director))
            return Error.Forbidden("只有记录人或站长可以修改服务记录。");
        if (request.Check(clock.Today()) is { } invalid) return invalid;
        if (request.Version != record.Version)
            return new ConflictDiff()
                .Field("serviceDate", record.ServiceDate, request.ServiceDate ?? default)
                .Field("durationMinutes", record.DurationMinutes, request.DurationMinutes)
                .Field("type", record.Type, request.Type)
                .Field("place", record.Place, request.Place.TrimToNull())
                .Field("content", record.Content, request.Content.Trim())
                .Field("clientFeedback", record.ClientFeedback, request.ClientFeedback.TrimToNull())
                .Field("effect", record.Effect, request.Effect.TrimToNull())
                .Field("nextSteps", record.NextSteps, request.NextSteps.TrimToNull())
                .Field("isSensitive", record.IsSensitive, request.IsSensitive)
                .ToError();

        var minutesDelta = request.DurationMinutes - record.DurationMinutes;
        record.ServiceDate = request.ServiceDate!.Value;
        record.DurationMinutes = request.DurationMinutes;
        record.Type = request.Type;
        record.Place = request.Place.TrimToNull();
        record.Content = request.Content.Trim();
        record.ClientFeedback = request.ClientFeedback.TrimToNull();
        record.Effect = request.Effect.TrimToNull();
        record.NextSteps = request.NextSteps.TrimToNull();
        record.IsSensitive = request.IsSensitive;
        // Only this record's version guards the edit; the case's counters and contact dates follow in the same transaction
        // without touching its version (a corrected date may move the last contact back as well as forward).
        var interval = options.Value.ContactIntervalDays;
        var now = clock.UtcNow();
        await db.SaveWithAsync(t => db.Cases.Where(c => c.Id == item.Id).ExecuteUpdateAsync(s => s
            .SetProperty(c => c.ServiceMinutes, c => c.ServiceMinutes + minutesDelta)
            .SetProperty(c => c.LastContactOn, c => db.ServiceRecords.Where(r => r.CaseId == c.Id).Max(r => (DateOnly?)r.ServiceDate))
            .SetProperty(c => c.NextContactDue, c => db.ServiceRecords.Where(r => r.CaseId == c.Id).Max(r => (DateOnly?)r.ServiceDate.AddDays(interval)))
            .SetProperty(c => c.UpdatedAt, now), t), ct);
        return ServiceRecordDto.From(record, access, await staff.NamesAsync([record.WorkerId], ct));
    }
}
