using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using SocialWorkStation.Platform.Identity;
using SocialWorkStation.Web.Hosting;
using SocialWorkStation.Web.Security;

namespace SocialWorkStation.Web.Account;

public sealed record TokenRequest(
    [property: Required(ErrorMessage = "请输入用户名。"), MaxLength(64)] string UserName,
    [property: Required(ErrorMessage = "请输入密码。"), MaxLength(128)] string Password,
    [property: MaxLength(10)] string? TwoFactorCode);

public static class AccountEndpoints
{
    public static void MapAccountEndpoints(this IEndpointRouteBuilder app)
    {
        var account = app.MapGroup("/account");
        // Everything that changes state is a POST from a form carrying the antiforgery token (issue 10): a link or an image
        // on another site can no longer sign someone out, switch their station or their language.
        account.MapPost("/logout", async (SignInManager<AppUser> signIn) =>
        {
            await signIn.SignOutAsync();
            return TypedResults.LocalRedirect("/account/login");
        }).WithMetadata(new RequireAntiforgeryTokenAttribute());
        account.MapPost("/station", SwitchStation).WithMetadata(new RequireAntiforgeryTokenAttribute());
        account.MapPost("/culture", ([FromForm] string c, [FromForm] string? returnUrl, HttpContext http) =>
        {
            if (WebServices.Cultures.Any(x => x.Name == c))
                http.Response.Cookies.Append(CookieRequestCultureProvider.DefaultCookieName,
                    CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(c)),
                    new CookieOptions { MaxAge = TimeSpan.FromDays(365), HttpOnly = true, SameSite = SameSiteMode.Lax });
            return TypedResults.LocalRedirect(SafeReturn(returnUrl));
        }).AllowAnonymous().WithMetadata(new RequireAntiforgeryTokenAttribute());

        app.MapPost("/api/v1/auth/token", IssueToken).AllowAnonymous().RequireRateLimiting(WebServices.LoginLimit)
            .AddEndpointFilter<Api.ValidationFilter>()
            .WithTags("认证").WithSummary("用户名密码（及双因素验证码）换取访问令牌");
    }

    /// <summary>Switches the station in the header; a station the user may not work in is refused with 404.</summary>
    private static async Task<Results<RedirectHttpResult, NotFound>> SwitchStation(
        [FromForm] string id, [FromForm] string? returnUrl, ICurrentUser user, SignInManager<AppUser> signIn, HttpContext http)
    {
        if (id != StationClaim.AllStations && !user.Stations.Any(s => s.Id.ToString() == id)) return TypedResults.NotFound();
        if (id == StationClaim.AllStations && !user.Has(Platform.Permissions.PlatformPermissions.CountyOversight))
            return TypedResults.NotFound();
        var appUser = await signIn.UserManager.GetUserAsync(http.User);
        if (appUser is null) return TypedResults.NotFound();
        // A station switch is not a new sign-in: the session keeps its sign-in time (absolute limit).
        Claim[] claims = http.User.FindFirst(SessionLifetime.SignedInClaim) is { } signedIn
            ? [new Claim(StationClaim.Type, id), new Claim(signedIn.Type, signedIn.Value)]
            : [new Claim(StationClaim.Type, id)];
        await signIn.SignInWithClaimsAsync(appUser, isPersistent: false, claims);
        return TypedResults.LocalRedirect(SafeReturn(returnUrl));
    }

    private static async Task<IResult> IssueToken([FromBody] TokenRequest request, SignInManager<AppUser> signIn, LoginRecorder recorder)
    {
        signIn.AuthenticationScheme = IdentityConstants.BearerScheme;
        var outcome = await recorder.PasswordSignInAsync(request.UserName, request.Password);
        if (outcome.Result.RequiresTwoFactor && !string.IsNullOrEmpty(request.TwoFactorCode))
            outcome = await recorder.TwoFactorSignInAsync(request.TwoFactorCode);
        if (outcome.Result.Succeeded) return TypedResults.Empty; // the bearer handler has written the token
        return TypedResults.Problem(statusCode: 401, title: outcome.Message);
    }

    public static string SafeReturn(string? url) =>
        !string.IsNullOrEmpty(url) && url.StartsWith('/') && !url.StartsWith("//") && !url.StartsWith("/\\") ? url : "/";
}
