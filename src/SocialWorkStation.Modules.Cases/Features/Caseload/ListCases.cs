using Microsoft.EntityFrameworkCore;
using SocialWorkStation.Modules.Cases.Data;
using SocialWorkStation.Modules.Cases.Domain;
using SocialWorkStation.Platform.Common;
using SocialWorkStation.Platform.Identity;
using SocialWorkStation.Platform.Staff;
using SocialWorkStation.Platform.Stations;

namespace SocialWorkStation.Modules.Cases.Features.Caseload;

public sealed record CaseRow(Guid Id, string Number, string ClientName, CaseStatus Status, RiskLevel? Risk, string WorkerName,
    DateOnly? LastContactOn, DateOnly? NextContactDue, bool Overdue, int ServiceCount, Guid WorkerId);

/// <summary>个案列表 (C3.4.2: files organised for lookup): only cases the user may open (C1.3.4), paged, filtered and
/// sorted in the database.</summary>
internal sealed class ListCasesHandler(CasesDb db, CaseAccess access, ICurrentUser user, StationClock clock, IStaffDirectory staff)
{
    public async Task<Paged<CaseRow>> HandleAsync(CaseListQuery q, CancellationToken ct)
    {
        var today = clock.Today();
        var cases = CaseFilters.Apply(access.Cases().AsNoTracking(), q, access, user, db, today);
        var total = await cases.CountAsync(ct);
        var items = await CaseFilters.Sort(cases, q).Skip(q.Skip()).Take(q.Size())
            .Select(k => new CaseRow(k.Id, k.Number, k.Client!.Name, k.Status, k.RiskLevel, k.WorkerName, k.LastContactOn, k.NextContactDue,
                k.Status == CaseStatus.Intervention && ((k.NextContactDue != null && k.NextContactDue < today) || (k.NextReviewDue != null && k.NextReviewDue < today)),
                k.ServiceCount, k.WorkerId))
            .ToListAsync(ct);
        // The workers' current names, one query for the page (docs/adr/012).
        var names = await staff.NamesAsync(items.Select(r => r.WorkerId), ct);
        return new Paged<CaseRow>(items.Select(r => r with { WorkerName = names.Of(r.WorkerId, r.WorkerName) }).ToList(), total, q.PageNumber(), q.Size());
    }
}
