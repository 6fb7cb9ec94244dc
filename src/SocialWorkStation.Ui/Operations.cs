using Microsoft.Extensions.DependencyInjection;
using Microsoft.AspNetCore.Components.Authorization;
using SocialWorkStation.Platform.Identity;

namespace SocialWorkStation.Ui;

/// <summary>Runs one page operation in its own DI scope (own DbContext) as the circuit's user,
/// the way an HTTP request runs an API call. Pages use this instead of a long-lived DbContext.</summary>
public sealed class Operations(IServiceScopeFactory scopes, AuthenticationStateProvider auth)
{
    public async Task<T> RunAsync<THandler, T>(Func<THandler, Task<T>> operation) where THandler : notnull
    {
        var state = await auth.GetAuthenticationStateAsync();
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<CurrentUser>().InitializeAsync(state.User, null);
        return await operation(scope.ServiceProvider.GetRequiredService<THandler>());
    }
}
