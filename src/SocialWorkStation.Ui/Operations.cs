using System.Reflection;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.DependencyInjection;
using SocialWorkStation.Platform.Identity;

namespace SocialWorkStation.Ui;

/// <summary>Runs one page operation in its own DI scope (own DbContext) as the circuit's user,
/// the way an HTTP request runs an API call. Pages use this instead of a long-lived DbContext.
/// Every call first loads the user afresh and checks the open page's own authorization (its [Authorize] policies) through
/// the same permission handler the API uses (issue 10): a permission taken away, an account disabled or an authenticator
/// still to be enrolled stops the next click, not only the next page load.</summary>
public sealed class Operations(IServiceScopeFactory scopes, AuthenticationStateProvider auth, CurrentPage page, NavigationManager nav)
{
    public async Task<T> RunAsync<THandler, T>(Func<THandler, Task<T>> operation) where THandler : notnull
    {
        var state = await auth.GetAuthenticationStateAsync();
        await using var scope = scopes.CreateAsyncScope();
        var user = scope.ServiceProvider.GetRequiredService<CurrentUser>();
        await user.InitializeAsync(state.User, null);
        if (!await MayUsePageAsync(scope.ServiceProvider, state, user))
        {
            // The reload lets the router show the sign-in page or 无权访问 for the user as they are now.
            nav.NavigateTo(nav.Uri, forceLoad: true);
            throw new UnauthorizedAccessException("当前用户已无权执行此操作。");
        }
        return await operation(scope.ServiceProvider.GetRequiredService<THandler>());
    }

    private async Task<bool> MayUsePageAsync(IServiceProvider services, AuthenticationState state, CurrentUser user)
    {
        var rules = page.Type?.GetCustomAttributes<AuthorizeAttribute>(true).ToList() ?? [];
        if (page.Type?.IsDefined(typeof(AllowAnonymousAttribute), true) == true) return true;
        if (!user.IsAuthenticated) return false;
        var authorization = services.GetRequiredService<IAuthorizationService>();
        foreach (var policy in rules.Select(r => r.Policy).OfType<string>())
            if (!(await authorization.AuthorizeAsync(state.User, null, policy)).Succeeded) return false;
        return true;
    }
}

/// <summary>The page the circuit shows (set by the router on each navigation), so operations can check its authorization.</summary>
public sealed class CurrentPage
{
    public Type? Type { get; set; }
}

/// <summary>Placed in the router's Found content: records the routed page type for <see cref="Operations"/>.</summary>
public sealed class CurrentPageTracker : ComponentBase
{
    [Inject] private CurrentPage Page { get; set; } = default!;
    [Parameter, EditorRequired] public RouteData RouteData { get; set; } = default!;

    protected override void OnParametersSet() => Page.Type = RouteData.PageType;
}
