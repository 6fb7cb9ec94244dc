using Microsoft.EntityFrameworkCore;
using SocialWorkStation.Modules.Cases.Data;
using SocialWorkStation.Modules.Cases.Domain;
using SocialWorkStation.Platform.Identity;
using SocialWorkStation.Platform.Reminders;
using SocialWorkStation.Platform.Stations;

namespace SocialWorkStation.Modules.Cases.Features.Delivery;

/// <summary>服务提醒 in 我的待办: overdue contacts (C3.4.1), overdue progress reviews (C3.3.3) and follow-ups due within
/// a week (C3.5.2), for the cases the user works on or supervises. Deliberately not every case a ViewAll holder may
/// open: a director's inbox would drown in the whole station's work.</summary>
internal sealed class CasesReminders(CasesDb db, ICurrentUser user, StationClock clock) : IReminderSource
{
    private const int Limit = 100;

    public async Task<IReadOnlyList<Reminder>> ForCurrentUserAsync(CancellationToken ct)
    {
        if (!user.IsAuthenticated || !(user.Has(CasesPermissions.Manage) || user.Has(CasesPermissions.Review))) return [];
        var me = user.StaffId;
        var today = clock.Today();
        var mine = db.Cases.AsNoTracking().Where(c => c.WorkerId == me || c.SupervisorId == me);

        var contacts = await mine.Where(c => c.Status == CaseStatus.Intervention && c.NextContactDue != null && c.NextContactDue < today)
            .OrderBy(c => c.NextContactDue).Take(Limit).Select(c => new { c.Id, c.Number, Due = c.NextContactDue!.Value }).ToListAsync(ct);
        var reviews = await mine.Where(c => (c.Status == CaseStatus.Intervention || c.Status == CaseStatus.Planning)
                                            && c.NextReviewDue != null && c.NextReviewDue < today)
            .OrderBy(c => c.NextReviewDue).Take(Limit).Select(c => new { c.Id, c.Number, Due = c.NextReviewDue!.Value }).ToListAsync(ct);
        var soon = today.AddDays(7);
        var followUps = await db.FollowUps.AsNoTracking().Where(f => f.DoneOn == null && f.DueOn <= soon && mine.Any(c => c.Id == f.CaseId))
            .OrderBy(f => f.DueOn).Take(Limit)
            .Join(db.Cases, f => f.CaseId, c => c.Id, (f, c) => new { c.Id, c.Number, Due = f.DueOn }).ToListAsync(ct);

        return contacts.Select(c => new Reminder("contact-overdue", $"个案 {c.Number} 已超过联系周期未服务", $"/cases/{c.Id}", c.Due))
            .Concat(reviews.Select(c => new Reminder("review-overdue", $"个案 {c.Number} 进展评估已逾期", $"/cases/{c.Id}", c.Due)))
            .Concat(followUps.Select(c => new Reminder("follow-up-due", $"个案 {c.Number} 待跟进回访", $"/cases/{c.Id}", c.Due)))
            .OrderBy(r => r.DueOn).ToList();
    }
}
