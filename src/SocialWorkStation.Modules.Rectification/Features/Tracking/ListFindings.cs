using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using SocialWorkStation.Modules.Rectification.Contracts;
using SocialWorkStation.Modules.Rectification.Domain;
using SocialWorkStation.Platform.Stations;
using SocialWorkStation.Platform.Common;
using SocialWorkStation.Platform.Identity;

namespace SocialWorkStation.Modules.Rectification.Features.Tracking;

/// <summary>Filters of 整改跟踪 (all optional).</summary>
public sealed record FindingListQuery : PageQuery
{
    [EnumDataType(typeof(FindingSource), ErrorMessage = "问题来源不正确。")]
    public FindingSource? Source { get; set; }
    [EnumDataType(typeof(FindingStatus), ErrorMessage = "整改状态不正确。")]
    public FindingStatus? Status { get; set; }
    /// <summary>One of the stations the user sees (a county user looking at all of them narrows down).</summary>
    public Guid? StationId { get; set; }
    public bool? Overdue { get; set; }
    /// <summary>Only findings where I own an action.</summary>
    public bool? Mine { get; set; }
    [MaxLength(50, ErrorMessage = "搜索内容最长 50 个字符。")]
    public string? Q { get; set; }
}

public sealed record FindingRow(
    Guid Id, string Number, Guid StationId, string StationName, string Title, FindingSource Source, string SourceText,
    FindingSeverity Severity, FindingStatus Status, DateOnly RaisedOn, DateOnly? DueOn, int ActionCount, int VerifiedCount, bool Overdue);

/// <summary>整改跟踪: findings across sources, open ones first, filtered, counted and paged in the database.</summary>
internal sealed class ListFindingsHandler(RectificationAccess access, ICurrentUser user, StationClock clock)
{
    public async Task<Paged<FindingRow>> HandleAsync(FindingListQuery q, CancellationToken ct)
    {
        var today = clock.Today();
        var findings = access.Findings().AsNoTracking();
        if (q.Source is { } source) findings = findings.Where(f => f.Source == source);
        if (q.Status is { } status) findings = findings.Where(f => f.Status == status);
        if (q.StationId is { } stationId) findings = findings.Where(f => f.StationId == stationId);
        if (q.Overdue == true) findings = findings.Where(FindingQueries.Overdue(today));
        if (q.Mine == true)
        {
            var me = user.Id;
            findings = findings.Where(f => f.Actions.Any(a => a.OwnerId == me));
        }
        if (!string.IsNullOrWhiteSpace(q.Q))
        {
            var text = q.Q.Trim();
            findings = findings.Where(f => f.Title.Contains(text) || f.Number.Contains(text) || f.SourceText.Contains(text));
        }

        var total = await findings.CountAsync(ct);
        var rows = await findings
            .OrderBy(f => f.Status == FindingStatus.Closed).ThenByDescending(f => f.RaisedAt).ThenByDescending(f => f.Id)
            .Skip(q.Skip()).Take(q.Size())
            .Select(f => new
            {
                f.Id, f.Number, f.StationId, f.Title, f.Source, f.SourceText, f.Severity, f.Status, f.RaisedOn, f.DueOn,
                Actions = f.Actions.Count,
                Verified = f.Actions.Count(a => a.Status == ActionStatus.Verified),
            })
            .ToListAsync(ct);
        var ids = rows.Select(r => r.Id).ToList();
        var overdue = (await findings.Where(f => ids.Contains(f.Id)).Where(FindingQueries.Overdue(today)).Select(f => f.Id).ToListAsync(ct))
            .ToHashSet();
        var stations = user.Stations.ToDictionary(s => s.Id, s => s.Name);
        var items = rows.Select(r => new FindingRow(r.Id, r.Number, r.StationId, stations.GetValueOrDefault(r.StationId, ""), r.Title,
                r.Source, r.SourceText, r.Severity, r.Status, r.RaisedOn, r.DueOn, r.Actions, r.Verified, overdue.Contains(r.Id)))
            .ToList();
        return new Paged<FindingRow>(items, total, q.PageNumber(), q.Size());
    }
}
