using Microsoft.EntityFrameworkCore;
using SocialWorkStation.Modules.Rectification.Contracts;
using SocialWorkStation.Modules.Rectification.Data;
using SocialWorkStation.Modules.Rectification.Domain;
using SocialWorkStation.Modules.Rectification.Features.Completion;
using SocialWorkStation.Platform.Stations;
using SocialWorkStation.Platform.Attachments;
using SocialWorkStation.Platform.Identity;
using SocialWorkStation.Platform.Permissions;
using SocialWorkStation.Platform.Results;

namespace SocialWorkStation.Modules.Rectification.Features.Tracking;

public sealed record FindingDetail(
    Guid Id, string Number, Guid StationId, string StationName, FindingSource Source, string? SourceModule, Guid? SourceRecordId,
    string SourceText, string? SourceLink, FindingSeverity Severity, string Title, string Description, DateOnly? DueOn,
    FindingStatus Status, bool Overdue, Guid RaisedById, string RaisedBy, DateTime RaisedAt, Guid? ClosedById, string? ClosedBy,
    DateTime? ClosedAt, string? Conclusion, long Version, bool CanAddAction, bool CanClose,
    IReadOnlyList<ActionView> Actions, IReadOnlyList<EventView> Timeline);

/// <summary>One corrective action as shown; the Can* flags are the same rules the use cases enforce, for the
/// current user, so pages show only the buttons that will work.</summary>
public sealed record ActionView(
    Guid Id, int Seq, string Description, Guid OwnerId, string OwnerName, DateOnly DueOn, ActionStatus Status, bool Overdue,
    Guid? CompletedById, string? CompletedBy, DateTime? CompletedAt, string? CompletionNote,
    Guid? VerifiedById, string? VerifiedBy, DateTime? VerifiedAt, string? VerificationNote,
    string? ReturnReason, int ReturnCount, int EvidenceCount, long Version, bool CanComplete, bool CanVerify, bool CanAttach);

public sealed record EventView(DateTime At, FindingEventKind Kind, int? ActionSeq, Guid ActorId, string Actor, string? Note);

internal sealed class GetFindingHandler(RectificationDb db, RectificationAccess access, ICurrentUser user, StationClock clock)
{
    public async Task<Result<FindingDetail>> HandleAsync(Guid id, CancellationToken ct)
    {
        var f = await access.Findings().AsNoTracking().Include(x => x.Actions).FirstOrDefaultAsync(x => x.Id == id, ct);
        if (f is null) return Error.NotFound();
        var events = await db.Events.AsNoTracking().Where(e => e.FindingId == id).OrderBy(e => e.At).ThenBy(e => e.Id).ToListAsync(ct);
        var actionIds = f.Actions.Select(a => a.Id).ToList();
        var evidence = await db.Set<Attachment>().AsNoTracking()
            .Where(a => a.OwnerType == ActionEvidence.Type && actionIds.Contains(a.OwnerId))
            .GroupBy(a => a.OwnerId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, ct);

        var people = f.Actions.SelectMany(a => new[] { a.OwnerId, a.CompletedById ?? Guid.Empty, a.VerifiedById ?? Guid.Empty })
            .Concat(events.Select(e => e.ActorId)).Append(f.RaisedById).Append(f.ClosedById ?? Guid.Empty)
            .Where(x => x != Guid.Empty).Distinct().ToList();
        var names = (await db.Users.AsNoTracking().Where(u => people.Contains(u.Id))
                .Select(u => new { u.Id, u.DisplayName, u.UserName }).ToListAsync(ct))
            .ToDictionary(u => u.Id, u => u.DisplayName.Length > 0 ? u.DisplayName : u.UserName ?? "");
        string Name(Guid? who) => who is { } w ? names.GetValueOrDefault(w, "") : "";

        var today = clock.Today();
        var me = user.Id;
        var manage = user.Has(RectificationPermissions.Manage);
        var act = user.Has(RectificationPermissions.Act);
        var verify = user.Has(RectificationPermissions.Verify);
        var upload = user.Has(PlatformPermissions.AttachmentsUpload);
        var actions = f.Actions.OrderBy(a => a.Seq).Select(a => new ActionView(
            a.Id, a.Seq, a.Description, a.OwnerId, Name(a.OwnerId), a.DueOn, a.Status, a.IsOverdue(today),
            a.CompletedById, a.CompletedById is null ? null : Name(a.CompletedById), a.CompletedAt, a.CompletionNote,
            a.VerifiedById, a.VerifiedById is null ? null : Name(a.VerifiedById), a.VerifiedAt, a.VerificationNote,
            a.ReturnReason, a.ReturnCount, evidence.GetValueOrDefault(a.Id), a.Version,
            CanComplete: act && a.MayBeCompletedBy(me), CanVerify: verify && a.MayBeVerifiedBy(me),
            CanAttach: act && upload && a.MayBeCompletedBy(me))).ToList();
        var timeline = events.Select(e => new EventView(e.At, e.Kind, e.ActionSeq, e.ActorId, Name(e.ActorId), e.Note)).ToList();
        var station = user.Stations.FirstOrDefault(s => s.Id == f.StationId)?.Name ?? "";

        return new FindingDetail(f.Id, f.Number, f.StationId, station, f.Source, f.SourceModule, f.SourceRecordId, f.SourceText,
            f.SourceLink, f.Severity, f.Title, f.Description, f.DueOn, f.Status, f.IsOverdue(today), f.RaisedById, Name(f.RaisedById),
            f.RaisedAt, f.ClosedById, f.ClosedById is null ? null : Name(f.ClosedById), f.ClosedAt, f.Conclusion, f.Version,
            CanAddAction: manage && f.Status != FindingStatus.Closed && f.Actions.Count < Finding.MaxActions,
            CanClose: manage && f.CanClose, actions, timeline);
    }
}
