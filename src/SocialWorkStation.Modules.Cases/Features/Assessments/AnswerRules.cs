using System.Globalization;
using SocialWorkStation.Modules.Cases.Domain;
using SocialWorkStation.Platform.Results;

namespace SocialWorkStation.Modules.Cases.Features.Assessments;

/// <summary>Checks answers against the template they claim to fill in and scores them: a choice scores its option's
/// points (multiple choice: the sum), a scale scores its value, text scores nothing.</summary>
internal static class AnswerRules
{
    public static Result<List<AssessmentAnswer>> Score(AssessmentTemplate template, IReadOnlyList<AnswerInput> inputs)
    {
        var questions = template.Sections.SelectMany(s => s.Questions).ToDictionary(q => q.Key, StringComparer.Ordinal);
        var given = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var input in inputs)
        {
            if (!questions.ContainsKey(input.QuestionKey)) return Error.Invalid("answers", $"模板中没有标识为“{input.QuestionKey}”的问题。");
            if (!given.TryAdd(input.QuestionKey, input.Values.Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v.Trim()).ToList()))
                return Error.Invalid("answers", $"问题“{questions[input.QuestionKey].Text}”重复作答。");
        }

        var answers = new List<AssessmentAnswer>();
        foreach (var q in questions.Values)
        {
            var values = given.GetValueOrDefault(q.Key) ?? [];
            var field = $"answers.{q.Key}";
            if (values.Count == 0)
            {
                if (q.Required) return Error.Invalid(field, $"请回答必答题“{q.Text}”。");
                continue;
            }
            int? score;
            switch (q.Kind)
            {
                case QuestionKind.SingleChoice or QuestionKind.MultipleChoice:
                    if (q.Kind == QuestionKind.SingleChoice && values.Count > 1) return Error.Invalid(field, $"“{q.Text}”只能选择一项。");
                    if (values.Distinct().Count() != values.Count) return Error.Invalid(field, $"“{q.Text}”的选项重复。");
                    var options = q.Options ?? [];
                    if (values.FirstOrDefault(v => options.All(o => o.Text != v)) is { } unknown)
                        return Error.Invalid(field, $"“{unknown}”不是“{q.Text}”的选项。");
                    score = values.Sum(v => options.First(o => o.Text == v).Score);
                    break;
                case QuestionKind.Scale:
                    if (values.Count > 1 || !int.TryParse(values[0], NumberStyles.Integer, CultureInfo.InvariantCulture, out var n)
                        || n < q.ScaleMin || n > q.ScaleMax)
                        return Error.Invalid(field, $"“{q.Text}”须为 {q.ScaleMin} 到 {q.ScaleMax} 之间的整数。");
                    score = n;
                    break;
                default:
                    if (values.Count > 1) return Error.Invalid(field, $"“{q.Text}”只能填写一段文字。");
                    score = null;
                    break;
            }
            answers.Add(new AssessmentAnswer(q.Key, values, template.Scored ? score : null));
        }
        return answers;
    }

    public static string RiskText(RiskLevel level) => level switch
    {
        RiskLevel.High => "高",
        RiskLevel.Medium => "中",
        _ => "低",
    };
}
