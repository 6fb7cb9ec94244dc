using SocialWorkStation.Modules.Cases.Data;
using SocialWorkStation.Modules.Cases.Domain;
using SocialWorkStation.Platform.Common;
using SocialWorkStation.Platform.Identity;

namespace SocialWorkStation.Modules.Cases.Features.Intake;

/// <summary>Writes one line of the case timeline (C3.4.2) with the use case's own save.</summary>
internal static class CaseTimeline
{
    public static void Log(this CasesDb db, Case item, CaseEventKind kind, string text, ICurrentUser user, DateTime now) =>
        db.CaseEvents.Add(new CaseEvent
        {
            StationId = item.StationId, CaseId = item.Id, At = now, Kind = kind,
            Text = text.Clip(500),
            // Who acted, by staff id (docs/adr/012); only the system, which is nobody's staff, leaves its name.
            UserId = user.StaffId == Guid.Empty ? null : user.StaffId, UserName = user.StaffId == Guid.Empty ? user.DisplayName : "",
        });
}
