using Microsoft.EntityFrameworkCore;
using SocialWorkStation.Modules.Cases.Data;
using SocialWorkStation.Platform.Audit;
using SocialWorkStation.Platform.Results;
using SocialWorkStation.Platform.Staff;

namespace SocialWorkStation.Modules.Cases.Features.Delivery;

/// <summary>One service record; opening its text is a read of personal data and is access-logged.</summary>
internal sealed class GetServiceHandler(CasesDb db, CaseAccess access, IAccessLog log, IStaffDirectory staff)
{
    public async Task<Result<ServiceRecordDto>> HandleAsync(Guid id, CancellationToken ct = default)
    {
        var record = await db.ServiceRecords.AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, ct);
        if (record is null || !await access.Cases().AnyAsync(c => c.Id == record.CaseId, ct)) return Error.NotFound();
        var dto = ServiceRecordDto.From(record, access, await staff.NamesAsync([record.WorkerId], ct));
        if (!dto.Hidden) await log.RecordAsync("service-record", record.Id, "查看服务记录", record.StationId, ct);
        return dto;
    }
}
