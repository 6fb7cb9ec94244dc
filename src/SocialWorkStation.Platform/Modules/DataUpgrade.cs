namespace SocialWorkStation.Platform.Modules;

/// <summary>A data conversion run at every start, after the migrations and before the app serves anyone. Conversions stay
/// out of migration files (those are regenerated when branches merge). A step must be idempotent: it finds its own
/// unconverted rows and does nothing when there are none. The host runs all steps in one transaction, one app node at a
/// time (docs/adr/012). Registered by convention for module assemblies.</summary>
public interface IDataUpgrade
{
    /// <summary>Steps run in ascending order; the platform's come first (below 100).</summary>
    int Order { get; }

    Task RunAsync(CancellationToken ct);
}
