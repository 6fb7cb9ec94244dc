using Microsoft.EntityFrameworkCore;
using SocialWorkStation.Modules.Cases.Data;
using SocialWorkStation.Modules.Cases.Domain;
using SocialWorkStation.Platform.Audit;
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

/// <summary>The full report with the template's question texts (a later edit of the template keeps its keys, so the
/// answers still find their questions; a question since removed shows its key).</summary>
internal sealed class GetAssessmentHandler(CasesDb db, CaseAccess access, IAccessLog log, IStaffDirectory staff)
{
    public async Task<Result<AssessmentReport>> HandleAsync(Guid id, CancellationToken ct)
    {
        var a = await db.Assessments.AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, ct);
        if (a is null || !await access.Cases().AnyAsync(k => k.Id == a.CaseId, ct)) return Error.NotFound();
        var template = a.TemplateId is { } tid ? await db.AssessmentTemplates.AsNoTracking().FirstOrDefaultAsync(t => t.Id == tid, ct) : null;
        var questions = template?.Sections.SelectMany(s => s.Questions.Select(q => (s.Title, Question: q)))
            .ToDictionary(x => x.Question.Key, StringComparer.Ordinal) ?? [];
        var answers = a.Answers.Select(x => questions.TryGetValue(x.QuestionKey, out var q)
            ? new AnswerView(q.Title, x.QuestionKey, q.Question.Text, q.Question.Kind, x.Values, x.Score)
            : new AnswerView("", x.QuestionKey, x.QuestionKey, null, x.Values, x.Score)).ToList();
        await log.RecordAsync("assessment", id, "查看评估报告", a.StationId, ct);
        var names = await staff.NamesAsync([a.AssessorId], ct);
        return new AssessmentReport(a.Id, a.CaseId, a.AssessedOn, a.Methods, a.TemplateId, a.TemplateName, answers, a.TotalScore,
            a.Problems, a.Needs, a.RiskLevel, a.Report, names.Of(a.AssessorId, a.AssessorName), a.CreatedAt);
    }
}
