using Microsoft.EntityFrameworkCore;
using SocialWorkStation.Modules.Cases.Data;
using SocialWorkStation.Platform.Audit;
using SocialWorkStation.Platform.Common;
using SocialWorkStation.Platform.Results;
using SocialWorkStation.Platform.Staff;

namespace SocialWorkStation.Modules.Cases.Features.Delivery;

internal sealed record ServiceListQuery : PageQuery;

/// <summary>A case's service records, newest first, paged in the database; sensitive text masked per reader (C1.3.4).</summary>
internal sealed class ListServicesHandler(CasesDb db, CaseAccess access, IStaffDirectory staff)
{
    public async Task<Result<Paged<ServiceRecordDto>>> HandleAsync(Guid caseId, ServiceListQuery query, CancellationToken ct = default)
    {
        if (!await access.Cases().AnyAsync(c => c.Id == caseId, ct)) return Error.NotFound();
        var records = db.ServiceRecords.AsNoTracking().Where(r => r.CaseId == caseId);
        var total = await records.CountAsync(ct);
        var page = await records.OrderByDescending(r => r.ServiceDate).ThenByDescending(r => r.CreatedAt)
            .Skip(query.Skip()).Take(query.Size()).ToListAsync(ct);
        var names = await staff.NamesAsync(page.Select(r => r.WorkerId), ct);
        return new Paged<ServiceRecordDto>(page.Select(r => ServiceRecordDto.From(r, access, names)).ToList(), total, query.PageNumber(), query.Size());
    }
}

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
