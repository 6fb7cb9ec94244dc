using SocialWorkStation.Modules.Cases.Domain;

namespace SocialWorkStation.Modules.Cases.Features.Assessments;

/// <summary>通用需求评估表: the built-in template a station gets the first time it lists templates and has none, so a
/// new station can assess at once; the five areas follow the usual township assessment forms (domain notes).</summary>
internal static class DefaultTemplate
{
    public const string Name = "通用需求评估表";

    private static List<TemplateOption> Options(params (string Text, int Score)[] items) => items.Select(i => new TemplateOption(i.Text, i.Score)).ToList();

    public static AssessmentTemplate Create(Guid stationId) => new()
    {
        StationId = stationId, Name = Name, Scored = false, IsActive = true,
        Description = "系统内置模板，可在“评估模板”中修改或停用。",
        Sections =
        [
            new("基本生活", [
                new("living", "居住情况", QuestionKind.SingleChoice, true, Options(("独居", 0), ("与配偶同住", 0), ("与子女同住", 0), ("其他", 0)), null, null),
                new("selfcare", "日常生活自理能力", QuestionKind.SingleChoice, true, Options(("完全自理", 0), ("部分自理", 0), ("不能自理", 0)), null, null),
                new("daily-needs", "生活中需要帮助的事项", QuestionKind.MultipleChoice, false, Options(("做饭", 0), ("清洁", 0), ("购物", 0), ("就医陪同", 0), ("其他", 0)), null, null),
            ]),
            new("健康状况", [
                new("health", "自评健康状况（1 很差 — 5 很好）", QuestionKind.Scale, true, null, 1, 5),
                new("illness", "慢性病或残疾情况", QuestionKind.Text, false, null, null, null),
            ]),
            new("社会支持", [
                new("contact", "与家人、亲友的联系频率", QuestionKind.SingleChoice, true, Options(("经常", 0), ("偶尔", 0), ("几乎没有", 0)), null, null),
                new("support", "可以求助的人或组织", QuestionKind.Text, false, null, null, null),
            ]),
            new("心理情绪", [
                new("mood", "近两周情绪状况（1 很差 — 5 很好）", QuestionKind.Scale, true, null, 1, 5),
                new("mood-notes", "情绪方面的困扰", QuestionKind.Text, false, null, null, null),
            ]),
            new("经济状况", [
                new("income", "主要收入来源", QuestionKind.MultipleChoice, true, Options(("工资", 0), ("养老金", 0), ("低保/特困供养", 0), ("子女供养", 0), ("其他", 0)), null, null),
                new("hardship", "经济困难程度", QuestionKind.SingleChoice, true, Options(("无困难", 0), ("有一定困难", 0), ("非常困难", 0)), null, null),
            ]),
        ],
    };
}
