using Microsoft.EntityFrameworkCore;
using SocialWorkStation.Modules.Cases.Data;
using SocialWorkStation.Modules.Cases.Domain;
using SocialWorkStation.Platform.Common;
using SocialWorkStation.Platform.Results;
using SocialWorkStation.Platform.Staff;

namespace SocialWorkStation.Modules.Cases.Features.Delivery;

internal sealed record ActivityListQuery : PageQuery
{
    public DateOnly? From { get; set; }
    public DateOnly? To { get; set; }
}

internal sealed record ActivitySummary(
    Guid Id, ActivityKind Kind, string Title, DateOnly Date,
    int DurationMinutes, string? Place, int Participants, int WalkInCount, int Attendance, string OrganiserName);

internal sealed record ActivityParticipantDto(Guid ClientId, string ClientName, Guid? CaseId);

internal sealed record ActivityDetail(
    Guid Id, ActivityKind Kind, string Title, DateOnly Date,
    int DurationMinutes, string? Place, string Content, int WalkInCount, int Attendance, string OrganiserName,
    IReadOnlyList<ActivityParticipantDto> Participants, IReadOnlyList<Guid> CasesCredited);

internal sealed record ClientPick(Guid Id, string Name, string? IdNumberMasked);

/// <summary>Activities of the station (newest first, optional date range), paged in the database.</summary>
internal sealed class ListActivitiesHandler(CasesDb db, IStaffDirectory staff)
{
    public async Task<Paged<ActivitySummary>> HandleAsync(ActivityListQuery query, CancellationToken ct = default)
    {
        var activities = db.Activities.AsNoTracking();
        if (query.From is { } from) activities = activities.Where(a => a.Date >= from);
        if (query.To is { } to) activities = activities.Where(a => a.Date <= to);
        var total = await activities.CountAsync(ct);
        var items = await activities.OrderByDescending(a => a.Date).ThenByDescending(a => a.CreatedAt)
            .Skip(query.Skip()).Take(query.Size())
            .Select(a => new
            {
                Summary = new ActivitySummary(a.Id, a.Kind, a.Title, a.Date, a.DurationMinutes, a.Place, a.Participants.Count,
                    a.WalkInCount, a.Participants.Count + a.WalkInCount, a.OrganiserName),
                a.OrganiserId,
            })
            .ToListAsync(ct);
        var names = await staff.NamesAsync(items.Select(x => x.OrganiserId), ct);
        return new Paged<ActivitySummary>(items.Select(x => x.Summary with { OrganiserName = names.Of(x.OrganiserId, x.Summary.OrganiserName) }).ToList(),
            total, query.PageNumber(), query.Size());
    }
}

/// <summary>One activity with its sign-in list; participants the user may not open are listed by name only,
/// as on the paper sign-in sheet, without their case link.</summary>
internal sealed class GetActivityHandler(CasesDb db, CaseAccess access, IStaffDirectory staff)
{
    public async Task<Result<ActivityDetail>> HandleAsync(Guid id, CancellationToken ct = default)
    {
        var a = await db.Activities.AsNoTracking().Include(x => x.Participants).FirstOrDefaultAsync(x => x.Id == id, ct);
        if (a is null) return Error.NotFound();
        var caseIds = a.Participants.Where(p => p.CaseId is not null).Select(p => p.CaseId!.Value).ToList();
        var visible = await access.Cases().Where(c => caseIds.Contains(c.Id)).Select(c => c.Id).ToListAsync(ct);
        var participants = a.Participants.OrderBy(p => p.ClientName)
            .Select(p => new ActivityParticipantDto(p.ClientId, p.ClientName, p.CaseId is { } c && visible.Contains(c) ? c : null)).ToList();
        var names = await staff.NamesAsync([a.OrganiserId], ct);
        return new ActivityDetail(a.Id, a.Kind, a.Title, a.Date, a.DurationMinutes, a.Place, a.Content, a.WalkInCount, a.Attendance,
            names.Of(a.OrganiserId, a.OrganiserName), participants, caseIds);
    }
}

/// <summary>Sign-in picker: visible clients whose name contains the text, at most 20, ID masked (C1.3.4).</summary>
internal sealed class SearchActivityClientsHandler(CaseAccess access)
{
    public async Task<IReadOnlyList<ClientPick>> HandleAsync(string? q, CancellationToken ct = default)
    {
        var text = q?.Trim() ?? "";
        if (text.Length == 0) return [];
        if (text.Length > 50) text = text[..50];
        return await access.Clients().AsNoTracking().Where(c => c.Name.Contains(text)).OrderBy(c => c.Name).Take(20)
            .Select(c => new ClientPick(c.Id, c.Name, c.IdNumberMasked)).ToListAsync(ct);
    }
}
