using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;
using SocialWorkStation.Platform.Identity;
using SocialWorkStation.Platform.Permissions;

namespace SocialWorkStation.Web.Security;

/// <summary>A policy named after a permission code requires that permission (e.g. [Authorize("system.users.manage")]).</summary>
public sealed class PermissionRequirement(string permission) : IAuthorizationRequirement
{
    public string Permission { get; } = permission;
}

internal sealed class PermissionPolicyProvider(IOptions<AuthorizationOptions> options, PermissionCatalog catalog)
    : DefaultAuthorizationPolicyProvider(options)
{
    /// <summary>A permission's policy depends on its name alone: built once, not on every request.</summary>
    public override bool AllowsCachingPolicies => true;

    public override async Task<AuthorizationPolicy?> GetPolicyAsync(string policyName)
    {
        if (await base.GetPolicyAsync(policyName) is { } policy) return policy;
        if (!catalog.Exists(policyName)) return null;
        return new AuthorizationPolicyBuilder().RequireAuthenticatedUser()
            .AddRequirements(new PermissionRequirement(policyName)).Build();
    }
}

internal sealed class PermissionHandler(CurrentUser currentUser) : AuthorizationHandler<PermissionRequirement>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, PermissionRequirement requirement)
    {
        // In an HTTP request the middleware has already bound the user; in a Blazor circuit this binds it.
        if (!currentUser.IsAuthenticated) await currentUser.InitializeAsync(context.User, null);
        // An account that must still enrol an authenticator may use no permission anywhere (issue 10: before, only the HTTP
        // middleware said so, and an open page kept working).
        if (currentUser.Has(requirement.Permission) && !currentUser.RequiresTwoFactorSetup) context.Succeed(requirement);
    }
}
