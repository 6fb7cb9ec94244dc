using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;
using SocialWorkStation.Platform.Common;
using SocialWorkStation.Platform.Results;

namespace SocialWorkStation.Modules.Rectification.Domain;

/// <summary>待完成 → 待验证 (completed by the owner) → 已验证, or 已退回 by the verifier and completed again.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ActionStatus>))]
public enum ActionStatus { Pending, Completed, Verified, Returned }

/// <summary>整改措施 of a finding: what will be done, by whom (a user id; the name is looked up when shown, never
/// copied), by when; evidence files are attachments of type <c>rectification-action</c>. Changed only through
/// <see cref="Finding"/>, which records each change on the timeline.</summary>
internal sealed class CorrectiveAction : StationEntity
{
    public Guid FindingId { get; set; }
    /// <summary>措施序号 within the finding (1, 2, …).</summary>
    public int Seq { get; set; }
    [MaxLength(1000)] public string Description { get; set; } = "";
    public Guid OwnerId { get; set; }
    public DateOnly DueOn { get; set; }
    public ActionStatus Status { get; set; }
    public Guid CreatedById { get; set; }
    public DateTime CreatedAt { get; set; }
    public Guid? CompletedById { get; set; }
    public DateTime? CompletedAt { get; set; }
    [MaxLength(1000)] public string? CompletionNote { get; set; }
    public Guid? VerifiedById { get; set; }
    public DateTime? VerifiedAt { get; set; }
    [MaxLength(500)] public string? VerificationNote { get; set; }
    [MaxLength(500)] public string? ReturnReason { get; set; }
    public int ReturnCount { get; set; }

    public bool IsOpen => Status is ActionStatus.Pending or ActionStatus.Returned;

    /// <summary>Only work still to be done is overdue: an action waiting for verification is the verifier's turn.</summary>
    public bool IsOverdue(DateOnly today) => IsOpen && DueOn < today;

    public bool MayBeCompletedBy(Guid userId) => IsOpen && userId == OwnerId;

    /// <summary>The second-person rule: whoever is responsible for the work or reported it done cannot also confirm it.</summary>
    public bool MayBeVerifiedBy(Guid userId) => Status == ActionStatus.Completed && userId != OwnerId && userId != CompletedById;

    internal Result Complete(Guid by, string? note, int evidenceCount, DateTime now)
    {
        if (!IsOpen) return Error.Rule("该措施已提交完成，不能重复提交。");
        if (by != OwnerId) return Error.Forbidden("只有措施负责人才能提交整改完成。");
        if (Finding.Blank(note) is not { } text) return Error.Invalid("note", "请填写整改完成情况。");
        if (evidenceCount == 0) return Error.Invalid("evidence", "请先上传整改佐证材料（照片、制度文件、台账等）。");

        Status = ActionStatus.Completed;
        CompletedById = by;
        CompletedAt = now;
        CompletionNote = text;
        return Result.Success();
    }

    internal Result Verify(Guid by, string? note, DateTime now)
    {
        if (Status != ActionStatus.Completed) return Error.Rule("只有待验证的措施才能验证。");
        if (!MayBeVerifiedBy(by)) return SecondPersonOnly;

        Status = ActionStatus.Verified;
        VerifiedById = by;
        VerifiedAt = now;
        VerificationNote = Finding.Blank(note);
        ReturnReason = null;
        return Result.Success();
    }

    internal Result SendBack(Guid by, string? reason)
    {
        if (Status != ActionStatus.Completed) return Error.Rule("只有待验证的措施才能退回。");
        if (!MayBeVerifiedBy(by)) return SecondPersonOnly;
        if (Finding.Blank(reason) is not { } text) return Error.Invalid("reason", "请填写退回理由。");

        Status = ActionStatus.Returned;
        ReturnReason = text;
        ReturnCount++;
        // The completion is history now (the timeline keeps it); the owner reports afresh.
        CompletedById = null;
        CompletedAt = null;
        CompletionNote = null;
        return Result.Success();
    }

    private static Error SecondPersonOnly => Error.Forbidden("验证须由措施负责人和完成人以外的第二人进行。");
}
