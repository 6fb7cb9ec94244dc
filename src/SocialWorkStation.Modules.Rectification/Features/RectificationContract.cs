using Microsoft.EntityFrameworkCore;
using SocialWorkStation.Modules.Rectification.Contracts;
using SocialWorkStation.Modules.Rectification.Data;
using SocialWorkStation.Modules.Rectification.Domain;
using SocialWorkStation.Modules.Rectification.Features.Raise;
using SocialWorkStation.Modules.Rectification.Features.Tracking;
using SocialWorkStation.Platform.Stations;
using SocialWorkStation.Platform.Results;

namespace SocialWorkStation.Modules.Rectification.Features;

/// <summary><see cref="IRectification"/> for other modules. Reads see every finding of the stations the user sees (the
/// station filter): the calling module has decided who may see its record, and a status carries no complaint text.</summary>
internal sealed class RectificationContract(RectificationDb db, RaiseFindingHandler raise, StationClock clock) : IRectification
{
    public Task<Result<RaisedFinding>> RaiseAsync(RaiseFindingRequest request, CancellationToken ct = default) =>
        raise.RaiseAsync(request, ct);

    public async Task<FindingStatusView?> StatusAsync(Guid findingId, CancellationToken ct = default) =>
        (await Views(db.Findings.Where(f => f.Id == findingId), ct)).FirstOrDefault();

    public async Task<IReadOnlyList<FindingStatusView>> FindingsOfAsync(string sourceModule, Guid sourceRecordId, CancellationToken ct = default) =>
        await Views(db.Findings.Where(f => f.SourceModule == sourceModule && f.SourceRecordId == sourceRecordId), ct);

    private async Task<List<FindingStatusView>> Views(IQueryable<Finding> findings, CancellationToken ct)
    {
        var today = clock.Today();
        var rows = await findings.AsNoTracking().OrderBy(f => f.RaisedAt).ThenBy(f => f.Id).Take(200)
            .Select(f => new
            {
                f.Id, f.Number, f.StationId, f.Title, f.Status, f.DueOn, f.ClosedOn,
                Actions = f.Actions.Count,
                Verified = f.Actions.Count(a => a.Status == ActionStatus.Verified),
            })
            .ToListAsync(ct);
        var ids = rows.Select(r => r.Id).ToList();
        var overdue = (await findings.Where(f => ids.Contains(f.Id)).Where(FindingQueries.Overdue(today)).Select(f => f.Id).ToListAsync(ct))
            .ToHashSet();
        return rows.Select(r => new FindingStatusView(r.Id, r.Number, r.StationId, r.Title, r.Status, r.Actions, r.Verified, overdue.Contains(r.Id),
            r.DueOn, r.ClosedOn, $"/rectification/{r.Id}")).ToList();
    }
}
