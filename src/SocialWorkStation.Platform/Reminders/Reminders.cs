namespace SocialWorkStation.Platform.Reminders;

/// <summary>Something due for the current user, shown in 我的待办 beside approvals (e.g. an overdue contact).</summary>
public sealed record Reminder(string Kind, string Title, string Href, DateOnly DueOn);

/// <summary>Modules contribute reminders for the signed-in user in the selected station(s).</summary>
public interface IReminderSource
{
    Task<IReadOnlyList<Reminder>> ForCurrentUserAsync(CancellationToken ct);
}
