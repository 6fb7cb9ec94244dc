using Microsoft.EntityFrameworkCore;
using SocialWorkStation.Modules.Cases.Data;
using SocialWorkStation.Modules.Cases.Domain;
using SocialWorkStation.Platform.Results;
using SocialWorkStation.Platform.Staff;

namespace SocialWorkStation.Modules.Cases.Features.Delivery;

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
