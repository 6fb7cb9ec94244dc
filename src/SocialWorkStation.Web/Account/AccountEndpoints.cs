using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using SocialWorkStation.Platform.Identity;
using SocialWorkStation.Platform.Results;
using SocialWorkStation.Web.Hosting;
using SocialWorkStation.Web.Security;

namespace SocialWorkStation.Web.Account;

public sealed record TokenRequest(
    [property: Required(ErrorMessage = "请输入用户名。"), MaxLength(64)] string UserName,
    [property: Required(ErrorMessage = "请输入密码。"), MaxLength(128)] string Password,
    [property: MaxLength(20)] string? TwoFactorCode);

public static class AccountEndpoints
{
    public static void MapAccountEndpoints(this IEndpointRouteBuilder app)
    {
        var account = app.MapGroup("/account");
        // Everything that changes state is a POST from a form carrying the antiforgery token (issue 10): a link or an image
        // on another site can no longer sign someone out, switch their station or their language.
        account.MapPost("/logout", async (SignInManager<AppUser> signIn, HttpContext http) =>
        {
            await RevokeAsync(signIn, http);
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
            .WithTags("认证").WithSummary("用户名密码（及双因素验证码或恢复码）换取访问令牌");
        app.MapPost("/api/v1/auth/logout", async (SignInManager<AppUser> signIn, HttpContext http) =>
            {
                await RevokeAsync(signIn, http);
                return TypedResults.NoContent();
            }).RequireAuthorization()
            .WithTags("认证").WithSummary("退出登录：吊销本人全部访问令牌与会话");
        app.MapPost("/api/v1/me/password", async (ChangePasswordRequest request, ChangePasswordHandler handler, CancellationToken ct) =>
                (await handler.HandleAsync(request, ct)).ToHttp(_ => TypedResults.NoContent()))
            .RequireAuthorization().AddEndpointFilter<Api.ValidationFilter>()
            .WithTags("认证").WithSummary("修改本人密码（其他会话与令牌随即失效）");
        app.MapGet("/api/v1/me/two-factor", async (TwoFactorEnrolmentHandler handler, CancellationToken ct) =>
                (await handler.StatusAsync(ct)).ToHttp())
            .RequireAuthorization().WithTags("认证").WithSummary("双因素认证状态；未启用时给出待绑定的密钥");
        app.MapPost("/api/v1/me/two-factor", async (EnableTwoFactorRequest request, TwoFactorEnrolmentHandler handler, CancellationToken ct) =>
                (await handler.EnableAsync(request, ct)).ToHttp())
            .RequireAuthorization().AddEndpointFilter<Api.ValidationFilter>()
            .WithTags("认证").WithSummary("启用双因素认证（管理员设置密码后需绑定码）；返回 10 个恢复码，仅显示一次");
    }

    /// <summary>Sign-out revokes server-side (issue 10, item 9): a new security stamp makes every cookie, bearer token and
    /// circuit of the user fail on its next request, so a copied cookie or token is worthless once the user signs out.</summary>
    private static async Task RevokeAsync(SignInManager<AppUser> signIn, HttpContext http)
    {
        if (await signIn.UserManager.GetUserAsync(http.User) is { } user) await signIn.UserManager.UpdateSecurityStampAsync(user);
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

    private static async Task<IResult> IssueToken([FromBody] TokenRequest request, SignInManager<AppUser> signIn, LoginRecorder recorder, HttpContext http)
    {
        signIn.AuthenticationScheme = IdentityConstants.BearerScheme;
        var outcome = await recorder.PasswordSignInAsync(request.UserName, request.Password);
        if (outcome.Result.RequiresTwoFactor && !string.IsNullOrEmpty(request.TwoFactorCode))
            outcome = await recorder.TwoFactorSignInAsync(request.TwoFactorCode);
        if (outcome.Result.Succeeded) return TypedResults.Empty; // the bearer handler has written the token
        if (outcome.RetryAfter is { } wait)
        {
            http.Response.Headers.RetryAfter = wait.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return TypedResults.Problem(statusCode: 429, title: outcome.Message);
        }
        return TypedResults.Problem(statusCode: 401, title: outcome.Message);
    }

    public static string SafeReturn(string? url) =>
        !string.IsNullOrEmpty(url) && url.StartsWith('/') && !url.StartsWith("//") && !url.StartsWith("/\\") ? url : "/";
}
