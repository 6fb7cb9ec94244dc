using Microsoft.EntityFrameworkCore;
using SocialWorkStation.Modules.Cases.Data;
using SocialWorkStation.Modules.Cases.Domain;
using SocialWorkStation.Platform.Results;
using SocialWorkStation.Platform.Staff;

namespace SocialWorkStation.Modules.Cases.Features.Assessments;

public sealed record AssessmentSummary(Guid Id, DateOnly AssessedOn, AssessmentMethods Methods, string? TemplateName, int? TotalScore,
    RiskLevel RiskLevel, string Problems, IReadOnlyList<IdentifiedNeed> Needs, string AssessorName);

public sealed record AnswerView(string Section, string QuestionKey, string QuestionText, QuestionKind? Kind, IReadOnlyList<string> Values, int? Score);

public sealed record AssessmentReport(Guid Id, Guid CaseId, DateOnly AssessedOn, AssessmentMethods Methods, Guid? TemplateId, string? TemplateName,
    IReadOnlyList<AnswerView> Answers, int? TotalScore, string Problems, IReadOnlyList<IdentifiedNeed> Needs, RiskLevel RiskLevel,
    string Report, string AssessorName, DateTime CreatedAt);

/// <summary>A case's assessments, newest first (a case has a handful: the first and the re-assessments).</summary>
internal sealed class ListAssessmentsHandler(CasesDb db, CaseAccess access, IStaffDirectory staff)
{
    public async Task<Result<IReadOnlyList<AssessmentSummary>>> HandleAsync(Guid caseId, CancellationToken ct)
    {
        if (!await access.Cases().AnyAsync(k => k.Id == caseId, ct)) return Error.NotFound();
        var rows = await db.Assessments.AsNoTracking().Where(a => a.CaseId == caseId)
            .OrderByDescending(a => a.AssessedOn).ThenByDescending(a => a.CreatedAt).Take(100).ToListAsync(ct);
        var names = await staff.NamesAsync(rows.Select(a => a.AssessorId), ct);
        return rows.Select(a => new AssessmentSummary(a.Id, a.AssessedOn, a.Methods, a.TemplateName, a.TotalScore, a.RiskLevel,
            a.Problems, a.Needs, names.Of(a.AssessorId, a.AssessorName))).ToList();
    }
}
