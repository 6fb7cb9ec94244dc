using Microsoft.EntityFrameworkCore;
using SocialWorkStation.Modules.Rectification.Data;
using SocialWorkStation.Modules.Rectification.Domain;
using SocialWorkStation.Platform.Stations;
using SocialWorkStation.Platform.Identity;
using SocialWorkStation.Platform.Reminders;

namespace SocialWorkStation.Modules.Rectification.Features.Tracking;

/// <summary>整改提醒 in 我的待办: the owner's overdue and returned actions, and for verifiers the actions waiting for
/// them (not their own: they could not verify those). In the stations the user has selected.</summary>
internal sealed class RectificationReminders(RectificationDb db, ICurrentUser user, StationClock clock) : IReminderSource
{
    private const int Limit = 100;

    public async Task<IReadOnlyList<Reminder>> ForCurrentUserAsync(CancellationToken ct)
    {
        if (!user.IsAuthenticated) return [];
        var me = user.Id;
        var today = clock.Today();
        var reminders = new List<Reminder>();
        if (user.Has(RectificationPermissions.Act))
        {
            var mine = db.Actions.AsNoTracking().Where(a => a.OwnerId == me);
            var overdue = await Rows(mine.Where(FindingQueries.ActionOverdue(today)), ct);
            reminders.AddRange(overdue.Select(r => new Reminder("rectification-overdue",
                $"整改 {r.Number} 措施 {r.Seq} 已逾期未完成", $"/rectification/{r.FindingId}", r.DueOn)));
            var returned = await Rows(mine.Where(a => a.Status == ActionStatus.Returned && a.DueOn >= today), ct);
            reminders.AddRange(returned.Select(r => new Reminder("rectification-returned",
                $"整改 {r.Number} 措施 {r.Seq} 被退回，请补充整改", $"/rectification/{r.FindingId}", r.DueOn)));
        }
        if (user.Has(RectificationPermissions.Verify))
        {
            var waiting = await Rows(db.Actions.AsNoTracking()
                .Where(a => a.Status == ActionStatus.Completed && a.OwnerId != me && a.CompletedById != me), ct);
            reminders.AddRange(waiting.Select(r => new Reminder("rectification-verify",
                $"整改 {r.Number} 措施 {r.Seq} 待验证", $"/rectification/{r.FindingId}", r.DueOn)));
        }
        return reminders;
    }

    private async Task<List<Row>> Rows(IQueryable<CorrectiveAction> actions, CancellationToken ct) =>
        await actions.OrderBy(a => a.DueOn).Take(Limit)
            .Join(db.Findings, a => a.FindingId, f => f.Id, (a, f) => new Row(f.Id, f.Number, a.Seq, a.DueOn))
            .ToListAsync(ct);

    private sealed record Row(Guid FindingId, string Number, int Seq, DateOnly DueOn);
}
