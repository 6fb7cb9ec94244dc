using System.ComponentModel.DataAnnotations;
using SocialWorkStation.Modules.Rectification.Contracts;
using SocialWorkStation.Platform.Common;
using SocialWorkStation.Platform.Results;

namespace SocialWorkStation.Modules.Rectification.Domain;

/// <summary>整改问题: one finding of an audit, inspection, evaluation, security check or complaint, rectified through
/// corrective actions. The aggregate root: every state change of the finding and its actions goes through a method
/// here that returns a Result and appends a line to the timeline (<see cref="Events"/>).</summary>
internal sealed class Finding : StationEntity
{
    /// <summary>A finding with more measures than this is several findings.</summary>
    public const int MaxActions = 30;

    [MaxLength(40)] public string Number { get; set; } = "";
    public FindingSource Source { get; set; }
    [MaxLength(50)] public string? SourceModule { get; set; }
    public Guid? SourceRecordId { get; set; }
    [MaxLength(200)] public string SourceText { get; set; } = "";
    [MaxLength(300)] public string? SourceLink { get; set; }
    public FindingSeverity Severity { get; set; }
    [MaxLength(200)] public string Title { get; set; } = "";
    [MaxLength(2000)] public string Description { get; set; } = "";
    public DateOnly? DueOn { get; set; }
    public FindingStatus Status { get; set; }
    public Guid RaisedById { get; set; }
    public DateTime RaisedAt { get; set; }
    public DateOnly RaisedOn { get; set; }
    public Guid? ClosedById { get; set; }
    public DateTime? ClosedAt { get; set; }
    public DateOnly? ClosedOn { get; set; }
    [MaxLength(1000)] public string? Conclusion { get; set; }
    /// <summary>Touched by every change of the action list, so adding an action and closing the finding at the same
    /// time cannot both succeed (the version is the concurrency token).</summary>
    public DateTime UpdatedAt { get; set; }

    public List<CorrectiveAction> Actions { get; } = [];
    /// <summary>Append-only; never loaded to change a finding.</summary>
    public List<FindingEvent> Events { get; } = [];

    public static Result<Finding> Raise(RaiseFindingRequest request, Guid stationId, Guid by, DateTime now, DateOnly today)
    {
        var module = Blank(request.SourceModule);
        if (module is null != request.SourceRecordId is null)
            return Error.Invalid(module is null ? "sourceModule" : "sourceRecordId", "来源模块与来源记录须同时填写。");
        if (request.DueOn is { } due && due < today) return Error.Invalid("dueOn", "整改期限不能早于今天。");
        if (request.Source is not { } source || request.Severity is not { } severity)
            return Error.Invalid(request.Source is null ? "source" : "severity", "请选择问题来源和问题等级。");
        if (Blank(request.Title) is not { } title) return Error.Invalid("title", "请填写问题标题。");
        if (Blank(request.Description) is not { } description) return Error.Invalid("description", "请填写问题描述。");
        if (Blank(request.SourceText) is not { } sourceText) return Error.Invalid("sourceText", "请填写来源说明（如检查或报告名称）。");

        var finding = new Finding
        {
            StationId = stationId, Source = source, SourceModule = module, SourceRecordId = request.SourceRecordId,
            SourceText = sourceText, SourceLink = Blank(request.SourceLink), Severity = severity, Title = title,
            Description = description, DueOn = request.DueOn, Status = FindingStatus.Open,
            RaisedById = by, RaisedAt = now, RaisedOn = today, UpdatedAt = now,
        };
        finding.Log(FindingEventKind.Raised, by, now, null, null);
        return finding;
    }

    public Result<CorrectiveAction> AddAction(string? description, Guid ownerId, DateOnly dueOn, Guid by, DateTime now, DateOnly today)
    {
        if (Status == FindingStatus.Closed) return Error.Rule("该问题已销号，不能再添加整改措施。");
        if (Actions.Count >= MaxActions) return Error.Rule($"一个问题最多 {MaxActions} 项整改措施。");
        if (Blank(description) is not { } text) return Error.Invalid("description", "请填写整改措施。");
        if (dueOn < today) return Error.Invalid("dueOn", "措施完成期限不能早于今天。");
        if (DueOn is { } limit && dueOn > limit)
            return Error.Invalid("dueOn", $"措施完成期限不能晚于问题的整改期限（{limit:yyyy-MM-dd}）。");

        var action = new CorrectiveAction
        {
            StationId = StationId, FindingId = Id, Seq = Actions.Count == 0 ? 1 : Actions.Max(a => a.Seq) + 1,
            Description = text, OwnerId = ownerId, DueOn = dueOn, Status = ActionStatus.Pending, CreatedById = by, CreatedAt = now,
        };
        Actions.Add(action);
        if (Status == FindingStatus.Open) Status = FindingStatus.InProgress;
        UpdatedAt = now;
        Log(FindingEventKind.ActionAdded, by, now, action, null);
        return action;
    }

    /// <summary>完成整改 by the action's owner, with at least one piece of evidence already uploaded.</summary>
    public Result CompleteAction(Guid actionId, Guid by, string? note, int evidenceCount, DateTime now) =>
        Apply(actionId, a => a.Complete(by, note, evidenceCount, now), FindingEventKind.ActionCompleted, by, now, note);

    /// <summary>验证通过 by a second person (neither the owner nor whoever completed it).</summary>
    public Result VerifyAction(Guid actionId, Guid by, string? note, DateTime now) =>
        Apply(actionId, a => a.Verify(by, note, now), FindingEventKind.ActionVerified, by, now, note);

    /// <summary>退回: the verifier sends the action back to its owner with the reason.</summary>
    public Result ReturnAction(Guid actionId, Guid by, string? reason, DateTime now) =>
        Apply(actionId, a => a.SendBack(by, reason), FindingEventKind.ActionReturned, by, now, reason);

    /// <summary>销号: only once there is at least one action and every action has passed verification.</summary>
    public Result Close(Guid by, string? conclusion, DateTime now, DateOnly today)
    {
        if (Status == FindingStatus.Closed) return Error.Rule("该问题已销号。");
        if (Actions.Count == 0) return Error.Rule("尚未制定整改措施，不能销号。");
        var open = Actions.Count(a => a.Status != ActionStatus.Verified);
        if (open > 0) return Error.Rule($"还有 {open} 项整改措施未通过验证，不能销号。");
        if (Blank(conclusion) is not { } text) return Error.Invalid("conclusion", "请填写整改结论。");

        Status = FindingStatus.Closed;
        ClosedById = by;
        ClosedAt = now;
        ClosedOn = today;
        Conclusion = text;
        UpdatedAt = now;
        Log(FindingEventKind.Closed, by, now, null, text);
        return Result.Success();
    }

    public bool CanClose => Status != FindingStatus.Closed && Actions.Count > 0 && Actions.All(a => a.Status == ActionStatus.Verified);

    /// <summary>Past the finding's own deadline while open, or any action overdue (FindingQueries.Overdue is the same rule in SQL).</summary>
    public bool IsOverdue(DateOnly today) =>
        Status != FindingStatus.Closed && ((DueOn is { } due && due < today) || Actions.Any(a => a.IsOverdue(today)));

    private Result Apply(Guid actionId, Func<CorrectiveAction, Result> change, FindingEventKind kind, Guid by, DateTime now, string? note)
    {
        var action = Actions.FirstOrDefault(a => a.Id == actionId);
        if (action is null) return Error.NotFound();
        var result = change(action);
        if (result.IsFailure) return result;
        Log(kind, by, now, action, Blank(note));
        return result;
    }

    private void Log(FindingEventKind kind, Guid by, DateTime now, CorrectiveAction? action, string? note) =>
        Events.Add(new FindingEvent
        {
            StationId = StationId, FindingId = Id, ActionId = action?.Id, ActionSeq = action?.Seq, Kind = kind, At = now,
            ActorId = by, Note = note is { Length: > 1000 } ? note[..1000] : note,
        });

    internal static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
