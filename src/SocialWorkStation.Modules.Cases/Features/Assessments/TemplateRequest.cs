using System.ComponentModel.DataAnnotations;
using SocialWorkStation.Modules.Cases.Domain;
using SocialWorkStation.Platform.Results;

namespace SocialWorkStation.Modules.Cases.Features.Assessments;

/// <summary>A whole assessment template (需求评估表) as the editor sends it; templates are always written whole.</summary>
public sealed class SaveTemplateRequest
{
    [Required(ErrorMessage = "请填写模板名称。"), MaxLength(100, ErrorMessage = "模板名称最长 100 个字符。")]
    public string Name { get; set; } = "";
    [MaxLength(500, ErrorMessage = "说明最长 500 个字符。")]
    public string? Description { get; set; }
    public bool Scored { get; set; }
    public bool IsActive { get; set; } = true;
    [MaxLength(30, ErrorMessage = "最多 30 个部分。")]
    public List<TemplateSectionInput> Sections { get; set; } = [];
    /// <summary>The version the editor started from (updates only).</summary>
    public long Version { get; set; }
}

public sealed class TemplateSectionInput
{
    [Required(ErrorMessage = "请填写部分标题。"), MaxLength(100, ErrorMessage = "部分标题最长 100 个字符。")]
    public string Title { get; set; } = "";
    [MaxLength(100, ErrorMessage = "每部分最多 100 个问题。")]
    public List<TemplateQuestionInput> Questions { get; set; } = [];
}

public sealed class TemplateQuestionInput
{
    [Required(ErrorMessage = "请填写问题标识。"), MaxLength(40, ErrorMessage = "问题标识最长 40 个字符。")]
    public string Key { get; set; } = "";
    [Required(ErrorMessage = "请填写问题内容。"), MaxLength(300, ErrorMessage = "问题内容最长 300 个字符。")]
    public string Text { get; set; } = "";
    [EnumDataType(typeof(QuestionKind), ErrorMessage = "请选择题型。")]
    public QuestionKind Kind { get; set; }
    public bool Required { get; set; }
    [MaxLength(30, ErrorMessage = "每题最多 30 个选项。")]
    public List<TemplateOptionInput>? Options { get; set; }
    [Range(-1000, 1000, ErrorMessage = "量表范围须在 -1000 到 1000 之间。")]
    public int? ScaleMin { get; set; }
    [Range(-1000, 1000, ErrorMessage = "量表范围须在 -1000 到 1000 之间。")]
    public int? ScaleMax { get; set; }
}

public sealed class TemplateOptionInput
{
    [Required(ErrorMessage = "请填写选项内容。"), MaxLength(100, ErrorMessage = "选项最长 100 个字符。")]
    public string Text { get; set; } = "";
    [Range(-1000, 1000, ErrorMessage = "分值须在 -1000 到 1000 之间。")]
    public int? Score { get; set; }
}

/// <summary>The template's structural rules: a form nobody can fill in or score consistently is refused.</summary>
internal static class TemplateRules
{
    public static Result<List<TemplateSection>> Build(SaveTemplateRequest request)
    {
        if (RequestShape.Check(request) is { } shape) return shape;
        if (request.Sections.Count == 0) return Error.Invalid("sections", "模板至少需要一个部分。");
        var keys = new HashSet<string>(StringComparer.Ordinal);
        var sections = new List<TemplateSection>();
        for (var s = 0; s < request.Sections.Count; s++)
        {
            var section = request.Sections[s];
            if (section.Questions.Count == 0) return Error.Invalid($"sections[{s}].questions", $"“{section.Title}”至少需要一个问题。");
            var questions = new List<TemplateQuestion>();
            for (var q = 0; q < section.Questions.Count; q++)
            {
                var input = section.Questions[q];
                var field = $"sections[{s}].questions[{q}]";
                var key = input.Key.Trim();
                if (!keys.Add(key)) return Error.Invalid($"{field}.key", $"问题标识“{key}”重复，每个问题的标识须唯一。");
                List<TemplateOption>? options = null;
                if (input.Kind is QuestionKind.SingleChoice or QuestionKind.MultipleChoice)
                {
                    var given = input.Options ?? [];
                    if (given.Count < 2) return Error.Invalid($"{field}.options", $"选择题“{input.Text}”至少需要两个选项。");
                    if (given.Select(o => o.Text.Trim()).Distinct().Count() != given.Count)
                        return Error.Invalid($"{field}.options", $"选择题“{input.Text}”的选项不能重复。");
                    if (request.Scored && given.Any(o => o.Score is null))
                        return Error.Invalid($"{field}.options", $"计分模板的每个选项都须设置分值（“{input.Text}”）。");
                    options = given.Select(o => new TemplateOption(o.Text.Trim(), o.Score ?? 0)).ToList();
                }
                int? min = null, max = null;
                if (input.Kind == QuestionKind.Scale)
                {
                    if (input.ScaleMin is not { } lo || input.ScaleMax is not { } hi || lo >= hi)
                        return Error.Invalid($"{field}.scaleMax", $"量表题“{input.Text}”的最小值须小于最大值。");
                    (min, max) = (lo, hi);
                }
                questions.Add(new TemplateQuestion(key, input.Text.Trim(), input.Kind, input.Required, options, min, max));
            }
            sections.Add(new TemplateSection(section.Title.Trim(), questions));
        }
        return sections;
    }

    /// <summary>For the editor: a stored template back into the request shape.</summary>
    public static SaveTemplateRequest ToRequest(AssessmentTemplate t) => new()
    {
        Name = t.Name, Description = t.Description, Scored = t.Scored, IsActive = t.IsActive, Version = t.Version,
        Sections = t.Sections.Select(s => new TemplateSectionInput
        {
            Title = s.Title,
            Questions = s.Questions.Select(q => new TemplateQuestionInput
            {
                Key = q.Key, Text = q.Text, Kind = q.Kind, Required = q.Required, ScaleMin = q.ScaleMin, ScaleMax = q.ScaleMax,
                Options = q.Options?.Select(o => new TemplateOptionInput { Text = o.Text, Score = o.Score }).ToList(),
            }).ToList(),
        }).ToList(),
    };
}
