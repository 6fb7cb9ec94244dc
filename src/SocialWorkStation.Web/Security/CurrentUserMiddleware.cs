using SocialWorkStation.Data;
using SocialWorkStation.Platform.Identity;

namespace SocialWorkStation.Web.Security;

/// <summary>Binds the request's user and station (header X-Station-Id for API clients, else the cookie's claim).</summary>
internal sealed class CurrentUserMiddleware(RequestDelegate next)
{
    public const string StationHeader = "X-Station-Id";

    public async Task InvokeAsync(HttpContext http, CurrentUser user)
    {
        if (http.User.Identity?.IsAuthenticated == true)
        {
            var requested = http.Request.Headers[StationHeader].FirstOrDefault();
            // Every sign-in Identity issues carries the security stamp; one without it cannot be checked for revocation.
            var stamped = http.User.HasClaim(c => c.Type == CurrentUser.SecurityStampClaimType);
            if (stamped) await user.InitializeAsync(http.User, requested, http.RequestAborted);
            if (!stamped || !user.IsAuthenticated)
            {
                // Disabled, expired or signed out elsewhere since sign-in: treat as signed out.
                http.User = new System.Security.Claims.ClaimsPrincipal(new System.Security.Claims.ClaimsIdentity());
            }
            else if (user.MustChangePassword && !IsTwoFactorSetupAllowed(http.Request.Path))
            {
                if (http.Request.Path.StartsWithSegments("/api"))
                {
                    await Results.Problem(statusCode: 403, title: "请先修改管理员设置的初始密码。",
                        detail: "POST /api/v1/me/password").ExecuteAsync(http);
                    return;
                }
                http.Response.Redirect("/account/password");
                return;
            }
            else if (user.RequiresTwoFactorSetup && !IsTwoFactorSetupAllowed(http.Request.Path))
            {
                if (http.Request.Path.StartsWithSegments("/api"))
                {
                    await Results.Problem(statusCode: 403, title: "请先启用双因素认证。",
                        detail: "GET/POST /api/v1/me/two-factor").ExecuteAsync(http);
                    return;
                }
                http.Response.Redirect("/account/two-factor");
                return;
            }
        }
        await next(http);
    }

    /// <summary>What a user may reach before changing an administrator-set password or enrolling an authenticator:
    /// the account pages, signing out, and those two steps' own API.</summary>
    private static bool IsTwoFactorSetupAllowed(PathString path) =>
        path.StartsWithSegments("/account") || path.StartsWithSegments("/api/v1/me/two-factor") || path.StartsWithSegments("/api/v1/auth")
        || path.StartsWithSegments("/api/v1/me/password") || path.StartsWithSegments("/_blazor")
        || StaticPaths.IsPageFile(path) || path.StartsWithSegments("/health");
}

/// <summary>Until the first-run setup has created the county centre, every page leads to /setup.</summary>
internal sealed class SetupGateMiddleware(RequestDelegate next, SetupState state)
{
    public async Task InvokeAsync(HttpContext http, AppDbContext db)
    {
        var path = http.Request.Path;
        if (!await state.IsSetUpAsync(db, http.RequestAborted) && !path.StartsWithSegments("/setup")
            && !path.StartsWithSegments("/health") && !StaticPaths.IsPageFile(path) && !path.StartsWithSegments("/api"))
        {
            http.Response.Redirect("/setup");
            return;
        }
        await next(http);
    }
}

/// <summary>Remembers once the installation is set up; before that, asks the database on each request. Holds the one-time
/// setup token (issue 10): first-run setup is not claimable by whoever reaches the page first, only by whoever can read
/// the server's start-up log (or set <c>Setup:Token</c> on every node of a multi-node deployment).</summary>
public sealed class SetupState(IConfiguration config)
{
    private volatile bool _isSetUp;

    public string Token { get; } = config["Setup:Token"] is { Length: >= 12 } configured
        ? configured
        : Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(8));

    public bool Accepts(string? given) =>
        given is not null && System.Security.Cryptography.CryptographicOperations.FixedTimeEquals(
            System.Text.Encoding.UTF8.GetBytes(given.Trim().ToUpperInvariant()), System.Text.Encoding.UTF8.GetBytes(Token.ToUpperInvariant()));

    public async Task<bool> IsSetUpAsync(AppDbContext db, CancellationToken ct) =>
        _isSetUp = _isSetUp || await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.AnyAsync(db.Organisations, ct);
}
