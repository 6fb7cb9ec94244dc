using System.Linq.Expressions;
using SocialWorkStation.Modules.Rectification.Contracts;
using SocialWorkStation.Modules.Rectification.Domain;

namespace SocialWorkStation.Modules.Rectification.Features.Tracking;

/// <summary>Finding.IsOverdue and CorrectiveAction.IsOverdue as SQL, for lists, counts and reminders
/// (the unit tests hold the entity methods, the integration tests these, to the same cases).</summary>
internal static class FindingQueries
{
    public static Expression<Func<CorrectiveAction, bool>> ActionOverdue(DateOnly today) =>
        a => (a.Status == ActionStatus.Pending || a.Status == ActionStatus.Returned) && a.DueOn < today;

    public static Expression<Func<Finding, bool>> Overdue(DateOnly today) =>
        f => f.Status != FindingStatus.Closed
             && ((f.DueOn != null && f.DueOn < today)
                 || f.Actions.Any(a => (a.Status == ActionStatus.Pending || a.Status == ActionStatus.Returned) && a.DueOn < today));
}
