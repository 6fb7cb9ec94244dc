namespace SocialWorkStation.Ui;

/// <summary>Per circuit (scoped): a page that changed what is pending for the user tells the header badge to recount,
/// since the layout, and so the badge, survives in-app navigation.</summary>
public sealed class InboxNotifier
{
    public event Func<Task>? Changed;

    public Task NotifyAsync() =>
        Task.WhenAll(Changed?.GetInvocationList().Cast<Func<Task>>().Select(h => h()) ?? []);
}
