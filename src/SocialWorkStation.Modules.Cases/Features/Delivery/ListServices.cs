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
