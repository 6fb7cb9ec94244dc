using System.ComponentModel.DataAnnotations;
using SocialWorkStation.Platform.Common;

namespace SocialWorkStation.Modules.Cases.Domain;

public enum QuestionKind { SingleChoice, MultipleChoice, Scale, Text }

/// <summary>A station's assessment template (需求评估表): sections of questions, optionally scored.
/// Stored as JSON: it is always read and written whole.</summary>
internal sealed class AssessmentTemplate : StationEntity
{
    [MaxLength(100)] public required string Name { get; set; }
    [MaxLength(500)] public string? Description { get; set; }
    public bool Scored { get; set; }
    public bool IsActive { get; set; } = true;
    public List<TemplateSection> Sections { get; set; } = [];
}

public sealed record TemplateSection(string Title, List<TemplateQuestion> Questions);
/// <summary><paramref name="Key"/> is stable within the template so answers survive edits of the wording.</summary>
public sealed record TemplateQuestion(string Key, string Text, QuestionKind Kind, bool Required,
    List<TemplateOption>? Options, int? ScaleMin, int? ScaleMax);
public sealed record TemplateOption(string Text, int Score);

[Flags]
public enum AssessmentMethods { None = 0, Interview = 1, Questionnaire = 2, FieldObservation = 4 }

/// <summary>需求评估 (C3.1.1, C3.1.2): how it was done, the answers, the problems and needs identified and the risk.</summary>
internal sealed class Assessment : StationEntity
{
    public Guid CaseId { get; set; }
    public Guid? TemplateId { get; set; }
    [MaxLength(100)] public string? TemplateName { get; set; }
    public AssessmentMethods Methods { get; set; }
    public DateOnly AssessedOn { get; set; }
    public List<AssessmentAnswer> Answers { get; set; } = [];
    public int? TotalScore { get; set; }
    [Personal, MaxLength(2000)] public required string Problems { get; set; }
    /// <summary>Each need has an id so plan goals can point at the need they answer (C3.1.2 → C3.2.1).</summary>
    public List<IdentifiedNeed> Needs { get; set; } = [];
    public RiskLevel RiskLevel { get; set; }
    /// <summary>评估报告: the worker's written conclusion.</summary>
    [Personal, MaxLength(4000)] public required string Report { get; set; }
    public Guid AssessorId { get; set; }
    /// <summary>Legacy (docs/adr/012): the name copied here before records held staff ids; no longer written, read only by
    /// the start-up upgrade and as a fallback. A later release drops it.</summary>
    [Personal, MaxLength(50)] public string AssessorName { get; set; } = "";
    public DateTime CreatedAt { get; set; }
}

public sealed record AssessmentAnswer(string QuestionKey, List<string> Values, int? Score);
public sealed record IdentifiedNeed(Guid Id, string Description, int Priority);
