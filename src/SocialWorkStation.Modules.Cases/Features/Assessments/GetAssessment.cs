using Microsoft.EntityFrameworkCore;
using SocialWorkStation.Modules.Cases.Data;
using SocialWorkStation.Modules.Cases.Domain;
using SocialWorkStation.Platform.Audit;
using SocialWorkStation.Platform.Results;
using SocialWorkStation.Platform.Staff;

namespace SocialWorkStation.Modules.Cases.Features.Assessments;

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
