using Microsoft.EntityFrameworkCore;
using SocialWorkStation.Platform.Staff;

namespace SocialWorkStation.Modules.Cases.Features.Caseload;

public sealed record CaseWorkerOption(Guid Id, string Name);

/// <summary>The 负责社工 filter's choices: the workers of the cases the user may see (distinct, in the database), by their
/// current names (docs/adr/012).</summary>
internal sealed class ListCaseWorkersHandler(CaseAccess access, IStaffDirectory staff)
{
    public async Task<IReadOnlyList<CaseWorkerOption>> HandleAsync(CancellationToken ct)
    {
        var workers = await access.Cases().AsNoTracking().Select(k => k.WorkerId).Distinct().Take(200).ToListAsync(ct);
        var names = await staff.NamesAsync(workers, ct);
        return workers.Select(w => new CaseWorkerOption(w, names.Of(w))).OrderBy(w => w.Name, StringComparer.Ordinal).ToList();
    }
}
