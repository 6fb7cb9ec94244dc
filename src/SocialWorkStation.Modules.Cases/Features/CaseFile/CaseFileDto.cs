using SocialWorkStation.Modules.Cases.Domain;

namespace SocialWorkStation.Modules.Cases.Features.CaseFile;

/// <summary>服务档案 (C3.4.3): basic information, needs assessment report, every plan version, service records,
/// reviews, closing summary and follow-ups, with the case timeline. Identifiers are masked.</summary>
public sealed record CaseFileDto(
    Guid Id, string Number, string StationName, CaseStatus Status, RiskLevel? Risk, string WorkerName, string? SupervisorName,
    ClientInfo Client, IntakeInfo Intake, IReadOnlyList<AssessmentInfo> Assessments, IReadOnlyList<PlanInfo> Plans,
    IReadOnlyList<RecordInfo> Records, IReadOnlyList<ReviewInfo> Reviews, IReadOnlyList<ClosureInfo> Closures,
    IReadOnlyList<FollowUpInfo> FollowUps, IReadOnlyList<TimelineItem> Timeline, int ServiceCount, int ServiceMinutes);

public sealed record ClientInfo(string Name, Gender Gender, int? Age, string? IdNumberMasked, string? PhoneMasked,
    string? Address, IReadOnlyList<string> TargetGroups, string? GuardianName, string? GuardianRelationship, string? GuardianPhoneMasked,
    IReadOnlyList<HouseholdInfo> Household, IReadOnlyList<ConsentInfo> Consents);

public sealed record HouseholdInfo(string Name, string Relationship, Gender Gender, DateOnly? BirthDate, bool LivesTogether, string? Notes);

public sealed record ConsentInfo(ConsentKind Kind, ConsentForm Form, string Scope, DateOnly GivenOn, string? GuardianName, DateOnly? WithdrawnOn);

public sealed record IntakeInfo(IntakeSource Source, string? SourceDetail, string PresentingNeeds, DateOnly IntakeDate,
    bool? Accepted, string? SupervisorOpinion, DateOnly? DecidedOn);

public sealed record AssessmentInfo(DateOnly AssessedOn, AssessmentMethods Methods, string? TemplateName, int? TotalScore,
    string Problems, IReadOnlyList<string> Needs, RiskLevel RiskLevel, string Report, string AssessorName);

public sealed record PlanGoalInfo(Guid Id, string Description, string Measure);

public sealed record PlanInfo(int VersionNo, PlanStatus Status, IReadOnlyList<PlanGoalInfo> Goals, string Content, string Methods,
    DateOnly StartOn, DateOnly EndOn, int PlannedSessions, string? Frequency, string ResponsibleStaff, string? RevisionReason,
    string? ReviewComment, DateTime? ApprovedAt, string AuthorName);

/// <summary>A sensitive record the user may not read keeps its date, type and length (it still counts) but no text.</summary>
public sealed record RecordInfo(DateOnly ServiceDate, ServiceType Type, int DurationMinutes, string? Place, string Content,
    string? ClientFeedback, string? Effect, string? NextSteps, bool IsSensitive, bool Redacted, string WorkerName);

public sealed record GoalScoreInfo(string Goal, int Attainment, string? Note);

public sealed record ReviewInfo(DateOnly ReviewedOn, IReadOnlyList<GoalScoreInfo> Scores, string Summary, ReviewDecision Decision, string ReviewerName);

public sealed record ClosureInfo(ClosureReason Reason, string? ReasonDetail, string Summary, string GoalAttainment, string? ClientEvaluation,
    string Lessons, ClosureStatus Status, string? ReviewComment, string RequestedByName, DateTime RequestedAt, DateTime? ApprovedAt);

public sealed record FollowUpInfo(DateOnly DueOn, DateOnly? DoneOn, string? Method, string? Findings, string? SupportProvided,
    bool NeedsReopening, string? RecordedByName);

public sealed record TimelineItem(DateTime At, CaseEventKind Kind, string Text, string UserName);
