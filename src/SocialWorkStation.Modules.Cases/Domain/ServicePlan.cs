using System.ComponentModel.DataAnnotations;
using SocialWorkStation.Platform.Common;
using SocialWorkStation.Platform.Results;

namespace SocialWorkStation.Modules.Cases.Domain;

public enum PlanStatus { Draft, UnderReview, Returned, Approved, Superseded }

/// <summary>服务方案 (C3.2.1). Each revision is a new version reviewed again through the approvals engine (C3.2.2);
/// an approved version is superseded, never edited, once its successor is approved.</summary>
internal sealed class ServicePlan : StationEntity
{
    public Guid CaseId { get; set; }
    public int VersionNo { get; set; }
    public PlanStatus Status { get; set; }
    public List<PlanGoal> Goals { get; set; } = [];
    [Personal, MaxLength(4000)] public required string Content { get; set; }
    [Personal, MaxLength(1000)] public required string Methods { get; set; }
    public DateOnly StartOn { get; set; }
    public DateOnly EndOn { get; set; }
    public int PlannedSessions { get; set; }
    [MaxLength(200)] public string? Frequency { get; set; }
    /// <summary>服务人员 (C3.2.1): active staff of the case's station, chosen by id (docs/adr/012).</summary>
    public List<Guid> ResponsibleStaffIds { get; set; } = [];
    /// <summary>Legacy free text written before staff ids, kept only where the start-up upgrade could not match every name
    /// in it to the station's staff (empty otherwise); shown after the named staff until a revision replaces it.</summary>
    [Personal, MaxLength(200)] public string ResponsibleStaff { get; set; } = "";
    /// <summary>Why this version replaces the previous one (e.g. a progress review's finding, C3.3.3).</summary>
    [Personal, MaxLength(1000)] public string? RevisionReason { get; set; }
    public Guid? ApprovalRequestId { get; set; }
    public DateTime? SubmittedAt { get; set; }
    public DateTime? ApprovedAt { get; set; }
    [Personal, MaxLength(1000)] public string? ReviewComment { get; set; }
    public Guid AuthorId { get; set; }
    /// <summary>Legacy (docs/adr/012): the name copied here before records held staff ids; no longer written, read only by
    /// the start-up upgrade and as a fallback. A later release drops it.</summary>
    [Personal, MaxLength(50)] public string AuthorName { get; set; } = "";
    public DateTime CreatedAt { get; set; }

    public bool IsEditable => Status is PlanStatus.Draft or PlanStatus.Returned;

    /// <summary>Sends a draft or returned version to the team review (C3.2.2), while the case is in planning or intervention.</summary>
    public Result Submit(CaseStatus caseStatus, DateTime now)
    {
        if (!IsEditable) return Error.Rule("该计划已提交审核或已审核通过。");
        if (caseStatus is not (CaseStatus.Planning or CaseStatus.Intervention)) return Error.Rule("当前个案状态不能提交服务计划。");
        Status = PlanStatus.UnderReview;
        SubmittedAt = now;
        return Result.Success();
    }

    /// <summary>The team approved this version; the one in force before it is <see cref="Supersede"/>d (C3.3.3).</summary>
    public void Approve(string? comment, DateTime now)
    {
        Status = PlanStatus.Approved;
        ApprovedAt = now;
        ReviewComment = comment.TrimToNull(1000);
    }

    public void Supersede() => Status = PlanStatus.Superseded;

    public void Return(string? comment)
    {
        Status = PlanStatus.Returned;
        ReviewComment = comment.TrimToNull(1000);
    }

    /// <summary>The author withdrew the review request: the version is a draft again.</summary>
    public void Withdraw() => Status = PlanStatus.Draft;

    /// <summary>A revision starts as a draft copy of this version; it is reviewed again before it replaces it (C3.3.3).</summary>
    public ServicePlan NextVersion(string reason, Guid authorId, DateTime now) => new()
    {
        StationId = StationId, CaseId = CaseId, VersionNo = VersionNo + 1, Status = PlanStatus.Draft,
        Goals = Goals.Select(g => g with { NeedIds = [.. g.NeedIds] }).ToList(), Content = Content, Methods = Methods,
        StartOn = StartOn, EndOn = EndOn, PlannedSessions = PlannedSessions, Frequency = Frequency,
        ResponsibleStaffIds = [.. ResponsibleStaffIds], ResponsibleStaff = ResponsibleStaff, RevisionReason = reason, AuthorId = authorId,
        CreatedAt = now,
    };
}

/// <summary>A measurable goal: <paramref name="Measure"/> says how attainment is judged; <paramref name="NeedIds"/>
/// links it to the assessed needs it answers.</summary>
public sealed record PlanGoal(Guid Id, string Description, string Measure, List<Guid> NeedIds);
