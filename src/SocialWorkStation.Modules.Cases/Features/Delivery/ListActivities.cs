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
