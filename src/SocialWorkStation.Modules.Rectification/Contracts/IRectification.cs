using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;
using SocialWorkStation.Platform.Results;

namespace SocialWorkStation.Modules.Rectification.Contracts;

/// <summary>Where a finding came from: the chapters that produce findings (C4.4.2 审计, C6.1.1 内部督导检查,
/// C6.3.2 外部评估, C7.3.3 安全检查), complaints, and anything else a station decides to rectify.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<FindingSource>))]
public enum FindingSource { Audit, Inspection, ExternalEvaluation, SecurityCheck, Complaint, Other }

/// <summary>问题等级：一般 / 较重 / 严重.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<FindingSeverity>))]
public enum FindingSeverity { General, Major, Serious }

/// <summary>待整改 (no corrective action yet) → 整改中 (actions under way) → 已销号 (closed once every action was verified).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<FindingStatus>))]
public enum FindingStatus { Open, InProgress, Closed }

/// <summary>Raises a finding (整改问题). Another module passes its own record as the source (module name, record id,
/// display text and a link back to it); a person raising one by hand gives the source as text only.</summary>
public sealed class RaiseFindingRequest
{
    [Required(ErrorMessage = "请选择问题来源。"), EnumDataType(typeof(FindingSource), ErrorMessage = "请选择问题来源。")]
    public FindingSource? Source { get; set; }

    /// <summary>The raising module's <c>AppModule.Name</c> (e.g. "finance"); with <see cref="SourceRecordId"/>.</summary>
    [MaxLength(50, ErrorMessage = "来源模块最长 50 个字符。"),
     RegularExpression("^[a-z][a-z0-9-]*$", ErrorMessage = "来源模块须为小写英文模块名。")]
    public string? SourceModule { get; set; }

    public Guid? SourceRecordId { get; set; }

    /// <summary>What people read as the source, e.g. "2026年度财务审计报告" or "3月内部督导检查".</summary>
    [Required(ErrorMessage = "请填写来源说明（如检查或报告名称）。"), MaxLength(200, ErrorMessage = "来源说明最长 200 个字符。")]
    public string SourceText { get; set; } = "";

    /// <summary>A page of this system (starts with one "/"), shown as a link to the source record.</summary>
    [MaxLength(300, ErrorMessage = "来源链接最长 300 个字符。"),
     RegularExpression(@"^/(?![/\\])[^\s]*$", ErrorMessage = "来源链接须为本系统内以 / 开头的地址。")]
    public string? SourceLink { get; set; }

    /// <summary>The station the finding belongs to; the current station when left out.</summary>
    public Guid? StationId { get; set; }

    [Required(ErrorMessage = "请选择问题等级。"), EnumDataType(typeof(FindingSeverity), ErrorMessage = "请选择问题等级。")]
    public FindingSeverity? Severity { get; set; }

    [Required(ErrorMessage = "请填写问题标题。"), MaxLength(200, ErrorMessage = "问题标题最长 200 个字符。")]
    public string Title { get; set; } = "";

    [Required(ErrorMessage = "请填写问题描述。"), MaxLength(2000, ErrorMessage = "问题描述最长 2000 个字符。")]
    public string Description { get; set; } = "";

    /// <summary>整改期限 of the whole finding; every corrective action must be due by then.</summary>
    public DateOnly? DueOn { get; set; }
}

public sealed record RaisedFinding(Guid Id, string Number);

/// <summary>What a source module shows about its findings: whether they are closed, how far along, overdue or not.</summary>
public sealed record FindingStatusView(
    Guid Id, string Number, Guid StationId, string Title, FindingStatus Status, int ActionCount, int VerifiedActionCount,
    bool Overdue, DateOnly? DueOn, DateOnly? ClosedOn, string Href);

/// <summary>The rectification capability as other modules use it (ADR 014). Raising needs no rectification
/// permission of its own: the calling module has already decided that its user may record the finding (an auditor,
/// an inspector); the station must be one the user sees, or the answer is "not found".</summary>
public interface IRectification
{
    Task<Result<RaisedFinding>> RaiseAsync(RaiseFindingRequest request, CancellationToken ct = default);

    /// <summary>Null when the finding does not exist or is in a station the user does not see.</summary>
    Task<FindingStatusView?> StatusAsync(Guid findingId, CancellationToken ct = default);

    /// <summary>Every finding raised from one record of a module (e.g. all findings of an evaluation), oldest first.</summary>
    Task<IReadOnlyList<FindingStatusView>> FindingsOfAsync(string sourceModule, Guid sourceRecordId, CancellationToken ct = default);
}
