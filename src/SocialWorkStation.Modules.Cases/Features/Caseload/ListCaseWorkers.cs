using Microsoft.EntityFrameworkCore;

namespace SocialWorkStation.Modules.Cases.Features.Caseload;

public sealed record CaseWorkerOption(Guid Id, string Name);

/// <summary>The 负责社工 filter's choices: the workers of the cases the user may see (distinct, in the database).</summary>
internal sealed class ListCaseWorkersHandler(CaseAccess access)
{
    public async Task<IReadOnlyList<CaseWorkerOption>> HandleAsync(CancellationToken ct)
    {
        var workers = await access.Cases().AsNoTracking().Select(k => new { k.WorkerId, k.WorkerName }).Distinct()
            .OrderBy(w => w.WorkerName).Take(200).ToListAsync(ct);
        return workers.Select(w => new CaseWorkerOption(w.WorkerId, w.WorkerName)).ToList();
    }
}
