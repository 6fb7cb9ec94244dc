using Microsoft.EntityFrameworkCore;
using SocialWorkStation.Modules.Cases.Data;
using SocialWorkStation.Modules.Cases.Domain;
using SocialWorkStation.Platform.Results;

namespace SocialWorkStation.Modules.Cases.Features.Assessments;

internal sealed class GetTemplateHandler(CasesDb db)
{
    public async Task<Result<TemplateDetail>> HandleAsync(Guid id, CancellationToken ct)
    {
        var t = await db.AssessmentTemplates.AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, ct);
        if (t is null) return Error.NotFound();
        return new TemplateDetail(t.Id, t.Name, t.Description, t.Scored, t.IsActive, t.Sections, t.Version);
    }
}
