using SocialWorkStation.Modules.Cases.Data;
using SocialWorkStation.Modules.Cases.Domain;
using SocialWorkStation.Platform.Identity;
using SocialWorkStation.Platform.Results;

namespace SocialWorkStation.Modules.Cases.Features.Assessments;

internal sealed class CreateTemplateHandler(CasesDb db, ICurrentUser user)
{
    public async Task<Result<TemplateDetail>> HandleAsync(SaveTemplateRequest request, CancellationToken ct)
    {
        var sections = TemplateRules.Build(request);
        if (sections.IsFailure) return sections.Error!;
        if (user.StationId is not { } stationId) return Error.Rule("请先在页面顶部选择一个社工站。");
        var t = new AssessmentTemplate
        {
            StationId = stationId, Name = request.Name.Trim(), Description = request.Description?.Trim(), Scored = request.Scored,
            IsActive = request.IsActive, Sections = sections.Value!,
        };
        db.AssessmentTemplates.Add(t);
        await db.SaveChangesAsync(ct);
        return new TemplateDetail(t.Id, t.Name, t.Description, t.Scored, t.IsActive, t.Sections, t.Version);
    }
}
