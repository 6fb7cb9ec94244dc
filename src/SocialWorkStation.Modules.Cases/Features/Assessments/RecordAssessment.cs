using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using SocialWorkStation.Modules.Cases.Data;
using SocialWorkStation.Modules.Cases.Domain;
using SocialWorkStation.Modules.Cases.Features.Intake;
using SocialWorkStation.Platform.Identity;
using SocialWorkStation.Platform.Results;
using SocialWorkStation.Platform.Stations;

namespace SocialWorkStation.Modules.Cases.Features.Assessments;

/// <summary>需求评估 (C3.1.1 methods, C3.1.2 problems, needs and risk, written up as a report).</summary>
public sealed class RecordAssessmentRequest
{
    public Guid? TemplateId { get; set; }
    [Range(0, 7, ErrorMessage = "评估方式无效。")]
    public AssessmentMethods Methods { get; set; }
    public DateOnly? AssessedOn { get; set; }
    [MaxLength(500, ErrorMessage = "回答过多。")]
    public List<AnswerInput> Answers { get; set; } = [];
    [Required(ErrorMessage = "请填写存在的问题。"), MaxLength(2000, ErrorMessage = "存在的问题最长 2000 个字符。")]
    public string Problems { get; set; } = "";
    [MaxLength(30, ErrorMessage = "需求最多 30 条。")]
    public List<NeedInput> Needs { get; set; } = [];
    [EnumDataType(typeof(RiskLevel), ErrorMessage = "请选择风险等级。")]
    public RiskLevel RiskLevel { get; set; }
    [Required(ErrorMessage = "请填写评估报告。"), MaxLength(4000, ErrorMessage = "评估报告最长 4000 个字符。")]
    public string Report { get; set; } = "";
}

public sealed class AnswerInput
{
    [Required(ErrorMessage = "缺少问题标识。"), MaxLength(40, ErrorMessage = "问题标识最长 40 个字符。")]
    public string QuestionKey { get; set; } = "";
    [MaxLength(30, ErrorMessage = "答案过多。")]
    public List<string> Values { get; set; } = [];
}

public sealed class NeedInput
{
    [Required(ErrorMessage = "请填写需求内容。"), MaxLength(300, ErrorMessage = "需求内容最长 300 个字符。")]
    public string Description { get; set; } = "";
    [Range(1, 3, ErrorMessage = "优先级须为 1（高）到 3（低）。")]
    public int Priority { get; set; } = 2;
}

public sealed record RecordedAssessment(Guid Id, int? TotalScore);

internal sealed class RecordAssessmentHandler(CasesDb db, CaseAccess access, ICurrentUser user, StationClock clock)
{
    public async Task<Result<RecordedAssessment>> HandleAsync(Guid caseId, RecordAssessmentRequest request, CancellationToken ct)
    {
        if (RequestShape.Check(request) is { } shape) return shape;
        var item = await access.FindCaseAsync(caseId, ct);
        if (item is null) return Error.NotFound();
        // C3.1.1: assessing needs at least one of interview, questionnaire, field observation.
        if (request.Methods == AssessmentMethods.None) return Error.Invalid("methods", "请至少选择一种评估方式（面谈、问卷、实地观察）。");
        if (request.Answers.Any(a => a.Values.Any(v => v is null || v.Length > 2000)))
            return Error.Invalid("answers", "回答内容最长 2000 个字符。");
        // C3.1.2: the assessment must name the needs the plan will answer.
        if (request.Needs.Count == 0) return Error.Invalid("needs", "请至少填写一项需求。");
        if (item.Status is CaseStatus.Intake or CaseStatus.NotAccepted or CaseStatus.Closed)
            return Error.Rule(item.Status == CaseStatus.Closed ? "个案已结案，不能再评估。" : "接案审核通过后才能进行需求评估。");
        var today = clock.Today();
        var assessedOn = request.AssessedOn ?? today;
        if (assessedOn > today) return Error.Invalid("assessedOn", "评估日期不能晚于今天。");
        if (assessedOn < item.IntakeDate) return Error.Invalid("assessedOn", "评估日期不能早于接案日期。");

        AssessmentTemplate? template = null;
        if (request.TemplateId is { } templateId)
        {
            template = await db.AssessmentTemplates.AsNoTracking().FirstOrDefaultAsync(t => t.Id == templateId, ct);
            if (template is null || !template.IsActive) return Error.Invalid("templateId", "评估模板不存在或已停用。");
        }
        else if (request.Answers.Count > 0) return Error.Invalid("templateId", "填写问卷回答时须选择评估模板。");

        var answers = template is null ? Result.Success(new List<AssessmentAnswer>()) : AnswerRules.Score(template, request.Answers);
        if (answers.IsFailure) return answers.Error!;

        var now = clock.UtcNow();
        var assessment = new Assessment
        {
            StationId = item.StationId, CaseId = item.Id, TemplateId = template?.Id, TemplateName = template?.Name,
            Methods = request.Methods, AssessedOn = assessedOn, Answers = answers.Value!,
            TotalScore = template is { Scored: true } ? answers.Value!.Sum(a => a.Score ?? 0) : null,
            Problems = request.Problems.Trim(), RiskLevel = request.RiskLevel, Report = request.Report.Trim(),
            Needs = request.Needs.Select(n => new IdentifiedNeed(Guid.CreateVersion7(), n.Description.Trim(), n.Priority)).ToList(),
            AssessorId = user.StaffId, CreatedAt = now,
        };
        db.Assessments.Add(assessment);
        item.RiskLevel = request.RiskLevel;
        var first = item.Assessed();
        item.UpdatedAt = now;
        CaseTimeline.Log(db, item, CaseEventKind.Assessed,
            $"{(first ? "需求评估" : "再评估")}：{assessment.Needs.Count} 项需求，风险{AnswerRules.RiskText(request.RiskLevel)}", user, now);
        await db.SaveChangesAsync(ct);
        return new RecordedAssessment(assessment.Id, assessment.TotalScore);
    }
}
