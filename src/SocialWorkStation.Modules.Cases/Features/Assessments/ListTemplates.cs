using Microsoft.EntityFrameworkCore;
using SocialWorkStation.Modules.Cases.Data;
using SocialWorkStation.Modules.Cases.Domain;
using SocialWorkStation.Platform.Identity;
using SocialWorkStation.Platform.Results;

namespace SocialWorkStation.Modules.Cases.Features.Assessments;

public sealed record TemplateSummary(Guid Id, string Name, string? Description, bool Scored, bool IsActive, int QuestionCount, long Version);
public sealed record TemplateDetail(Guid Id, string Name, string? Description, bool Scored, bool IsActive,
    IReadOnlyList<TemplateSection> Sections, long Version);

/// <summary>The station's templates (a handful per station, so no paging). A station with none gets the built-in
/// 通用需求评估表 on first look, so assessing never waits for configuration.</summary>
internal sealed class ListTemplatesHandler(CasesDb db, ICurrentUser user)
{
    public async Task<IReadOnlyList<TemplateSummary>> HandleAsync(bool activeOnly, CancellationToken ct)
    {
        if (user.StationId is { } stationId && !await db.AssessmentTemplates.AnyAsync(ct))
        {
            db.AssessmentTemplates.Add(DefaultTemplate.Create(stationId));
            await db.SaveChangesAsync(ct);
        }
        var rows = await db.AssessmentTemplates.AsNoTracking().Where(t => !activeOnly || t.IsActive)
            .OrderBy(t => t.Name).Take(200).ToListAsync(ct);
        return rows.Select(t => new TemplateSummary(t.Id, t.Name, t.Description, t.Scored, t.IsActive,
            t.Sections.Sum(s => s.Questions.Count), t.Version)).ToList();
    }
}
