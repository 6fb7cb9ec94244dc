using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using SocialWorkStation.Platform.Identity;

namespace SocialWorkStation.Web.Security;

/// <summary>Ends an open Blazor circuit within a minute once the account is disabled, expired or its stamp changed, or the
/// session is past its idle or absolute limit (<see cref="SessionLifetime"/>).</summary>
internal sealed class RevalidatingAuthStateProvider(
    ILoggerFactory loggerFactory, IServiceScopeFactory scopeFactory, IOptions<IdentityOptions> options, TimeProvider clock,
    SessionLifetime lifetime, CircuitActivity activity)
    : RevalidatingServerAuthenticationStateProvider(loggerFactory)
{
    protected override TimeSpan RevalidationInterval => TimeSpan.FromMinutes(1);

    protected override async Task<bool> ValidateAuthenticationStateAsync(AuthenticationState state, CancellationToken ct)
    {
        if (lifetime.IsPastAbsoluteLimit(state.User) || lifetime.IsIdle(activity.LastActivity)) return false;
        await using var scope = scopeFactory.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = await users.GetUserAsync(state.User);
        if (user is null || !UserAccessLoader.IsUsable(user, clock)) return false;
        if (!users.SupportsUserSecurityStamp) return true;
        var stamp = state.User.FindFirstValue(options.Value.ClaimsIdentity.SecurityStampClaimType);
        return stamp == await users.GetSecurityStampAsync(user);
    }
}
