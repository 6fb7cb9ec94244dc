using Microsoft.EntityFrameworkCore;
using SocialWorkStation.Modules.Cases.Data;
using SocialWorkStation.Modules.Cases.Domain;
using SocialWorkStation.Platform.Results;

namespace SocialWorkStation.Modules.Cases.Features.Assessments;

/// <summary>Edits replace the template whole; past assessments keep their answers (question keys are stable) and
/// the template name they were made with. Deactivating (isActive=false) hides it from new assessments only.</summary>
internal sealed class UpdateTemplateHandler(CasesDb db)
{
    public async Task<Result<TemplateDetail>> HandleAsync(Guid id, SaveTemplateRequest request, CancellationToken ct)
    {
        var t = await db.AssessmentTemplates.FirstOrDefaultAsync(x => x.Id == id, ct);
        if (t is null) return Error.NotFound();
        var sections = TemplateRules.Build(request);
        if (sections.IsFailure) return sections.Error!;
        if (t.Version != request.Version)
            return new ConflictDiff().Field("name", t.Name, request.Name).Field("description", t.Description, request.Description)
                .Field("scored", t.Scored, request.Scored).Field("isActive", t.IsActive, request.IsActive).ToError();
        t.Name = request.Name.Trim();
        t.Description = request.Description?.Trim();
        t.Scored = request.Scored;
        t.IsActive = request.IsActive;
        t.Sections = sections.Value!;
        await db.SaveChangesAsync(ct);
        return new TemplateDetail(t.Id, t.Name, t.Description, t.Scored, t.IsActive, t.Sections, t.Version);
    }
}
