namespace SocialWorkStation.Platform.Reminders;

/// <summary>Something due for the current user, shown in 我的待办 beside approvals (e.g. an overdue contact).</summary>
public sealed record Reminder(string Kind, string Title, string Href, DateOnly DueOn);

/// <summary>Modules contribute reminders for the signed-in user in the selected station(s).</summary>
public interface IReminderSource
{
    Task<IReadOnlyList<Reminder>> ForCurrentUserAsync(CancellationToken ct);
}

public static class ReminderSources
{
    /// <summary>Every module's reminders for the current user, soonest due first (the inbox page, its badge and the API).</summary>
    public static async Task<IReadOnlyList<Reminder>> AllAsync(this IEnumerable<IReminderSource> sources, CancellationToken ct = default)
    {
        var all = new List<Reminder>();
        foreach (var source in sources) all.AddRange(await source.ForCurrentUserAsync(ct));
        return all.OrderBy(r => r.DueOn).ThenBy(r => r.Title, StringComparer.Ordinal).ToList();
    }
}
