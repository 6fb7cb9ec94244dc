using Microsoft.EntityFrameworkCore;
using SocialWorkStation.Modules.Cases.Data;
using SocialWorkStation.Modules.Cases.Domain;
using SocialWorkStation.Platform.Results;
using SocialWorkStation.Platform.Staff;

namespace SocialWorkStation.Modules.Cases.Features.Plans;

internal sealed class GetPlanHandler(CasesDb db, CaseAccess access, IStaffDirectory staff)
{
    public async Task<Result<PlanView>> HandleAsync(Guid id, CancellationToken ct)
    {
        var plan = await db.ServicePlans.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, ct);
        if (plan is null || !await access.Cases().AnyAsync(k => k.Id == plan.CaseId, ct)) return Error.NotFound();
        return (await PlanView.FromAsync([plan], staff, ct))[0];
    }
}
