using System.ComponentModel.DataAnnotations;
using SocialWorkStation.Platform.Common;

namespace SocialWorkStation.Modules.Cases.Domain;

public enum ServiceType { Interview, PhoneCall, HomeVisit, Group, CommunityActivity, ResourceLinking }

/// <summary>服务记录 (C3.3.2, C3.4.1): one contact, always against an approved plan (C3.3.1).</summary>
internal sealed class ServiceRecord : StationEntity
{
    public Guid CaseId { get; set; }
    public Guid PlanId { get; set; }
    public Guid? ActivityId { get; set; }
    public DateOnly ServiceDate { get; set; }
    public int DurationMinutes { get; set; }
    public ServiceType Type { get; set; }
    [Personal, MaxLength(200)] public string? Place { get; set; }
    [Personal, MaxLength(4000)] public required string Content { get; set; }
    [Personal, MaxLength(1000)] public string? ClientFeedback { get; set; }
    [Personal, MaxLength(1000)] public string? Effect { get; set; }
    [Personal, MaxLength(1000)] public string? NextSteps { get; set; }
    /// <summary>Hidden from users without the sensitive-notes permission (C1.3.4), except the author.</summary>
    public bool IsSensitive { get; set; }
    public Guid WorkerId { get; set; }
    /// <summary>Legacy (docs/adr/012): the name copied here before records held staff ids; no longer written, read only by
    /// the start-up upgrade and as a fallback. A later release drops it.</summary>
    [Personal, MaxLength(50)] public string WorkerName { get; set; } = "";
    public DateTime CreatedAt { get; set; }
}

public enum ActivityKind { Group, Community }

/// <summary>小组活动 / 社区活动 with a sign-in list: one activity counts for every participant (人次 = registered + walk-ins).</summary>
internal sealed class Activity : StationEntity
{
    public ActivityKind Kind { get; set; }
    [MaxLength(100)] public required string Title { get; set; }
    public DateOnly Date { get; set; }
    public int DurationMinutes { get; set; }
    [Personal, MaxLength(200)] public string? Place { get; set; }
    [Personal, MaxLength(4000)] public required string Content { get; set; }
    public int WalkInCount { get; set; }
    public List<ActivityParticipant> Participants { get; set; } = [];
    public Guid OrganiserId { get; set; }
    /// <summary>Legacy (docs/adr/012): the name copied here before records held staff ids; no longer written, read only by
    /// the start-up upgrade and as a fallback. A later release drops it.</summary>
    [Personal, MaxLength(50)] public string OrganiserName { get; set; } = "";
    public DateTime CreatedAt { get; set; }

    public int Attendance => Participants.Count + WalkInCount;
}

internal sealed class ActivityParticipant
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid ActivityId { get; set; }
    public Guid ClientId { get; set; }
    [Personal, MaxLength(50)] public string ClientName { get; set; } = "";
    /// <summary>The case the attendance was recorded against, when the client had one in service.</summary>
    public Guid? CaseId { get; set; }
}

public enum ReviewDecision { Continue, RevisePlan, ProceedToClosure }

/// <summary>服务进展检查评估 (C3.3.3): goal attainment scored 0–100 per goal, and what to do next.</summary>
internal sealed class ProgressReview : StationEntity
{
    public Guid CaseId { get; set; }
    public Guid PlanId { get; set; }
    public DateOnly ReviewedOn { get; set; }
    public List<GoalScore> Scores { get; set; } = [];
    [Personal, MaxLength(2000)] public required string Summary { get; set; }
    public ReviewDecision Decision { get; set; }
    public Guid ReviewerId { get; set; }
    /// <summary>Legacy (docs/adr/012): the name copied here before records held staff ids; no longer written, read only by
    /// the start-up upgrade and as a fallback. A later release drops it.</summary>
    [Personal, MaxLength(50)] public string ReviewerName { get; set; } = "";
    public DateTime CreatedAt { get; set; }
}

public sealed record GoalScore(Guid GoalId, int Attainment, string? Note);
