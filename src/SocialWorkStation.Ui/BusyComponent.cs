using Microsoft.AspNetCore.Components;

namespace SocialWorkStation.Ui;

/// <summary>A page or component that saves (<c>@inherits BusyComponent</c>): one save at a time, because a double tap on
/// a slow phone must not record a visit or file a request twice, and <see cref="Busy"/> for the buttons while it runs.</summary>
public abstract class BusyComponent : ComponentBase
{
    /// <summary>True while <see cref="RunBusyAsync"/> runs: bind a button's <c>Loading</c> (or <c>disabled</c>) to it.</summary>
    protected bool Busy { get; private set; }

    /// <summary>Runs <paramref name="work"/> unless another save is running; however it ends, <see cref="Busy"/> is
    /// cleared and the component rendered again.</summary>
    protected async Task RunBusyAsync(Func<Task> work)
    {
        if (Busy) return;
        Busy = true;
        try
        {
            await work();
        }
        finally
        {
            Busy = false;
            StateHasChanged();
        }
    }
}
