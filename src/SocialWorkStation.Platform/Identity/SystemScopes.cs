using Microsoft.Extensions.DependencyInjection;

namespace SocialWorkStation.Platform.Identity;

/// <summary>Scopes that act as the system rather than a signed-in user: start-up, background work, CLI commands and the
/// shared file store.</summary>
public static class SystemScopes
{
    public static AsyncServiceScope CreateSystemScope(this IServiceScopeFactory scopes)
    {
        var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().InitializeSystem();
        return scope;
    }

    public static AsyncServiceScope CreateSystemScope(this IServiceProvider services) =>
        services.GetRequiredService<IServiceScopeFactory>().CreateSystemScope();
}
