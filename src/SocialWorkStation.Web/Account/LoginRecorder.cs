using Microsoft.AspNetCore.Identity;
using SocialWorkStation.Data;
using SocialWorkStation.Platform.Identity;

namespace SocialWorkStation.Web.Account;

public sealed record LoginOutcome(SignInResult Result, string Message);

/// <summary>Signs in (cookie or bearer, whichever scheme the SignInManager is set to) and writes the login history.</summary>
public sealed class LoginRecorder(SignInManager<AppUser> signIn, AppDbContext db, IHttpContextAccessor http, TimeProvider clock)
{
    public async Task<LoginOutcome> PasswordSignInAsync(string userName, string password)
    {
        var user = await signIn.UserManager.FindByNameAsync(userName.Trim());
        if (user is not null && !UserAccessLoader.IsUsable(user, clock))
            return await RecordAsync(user, userName, SignInResult.NotAllowed, "账号已停用或访问期限已过。");
        var result = user is null
            ? SignInResult.Failed
            : await signIn.PasswordSignInAsync(user, password, isPersistent: false, lockoutOnFailure: true);
        return await RecordAsync(user, userName, result, Describe(result));
    }

    public async Task<LoginOutcome> TwoFactorSignInAsync(string code)
    {
        var user = await signIn.GetTwoFactorAuthenticationUserAsync();
        if (user is null) return new LoginOutcome(SignInResult.Failed, "登录已过期，请重新输入用户名和密码。");
        var result = await signIn.TwoFactorAuthenticatorSignInAsync(code.Replace(" ", ""), false, false);
        return await RecordAsync(user, user.UserName ?? "", result,
            result.Succeeded ? "" : result.IsLockedOut ? Describe(result) : "验证码不正确。");
    }

    public static string Describe(SignInResult result) => result switch
    {
        { Succeeded: true } => "",
        { IsLockedOut: true } => "连续登录失败次数过多，账号已锁定 15 分钟。",
        { RequiresTwoFactor: true } => "请输入身份验证器中的验证码。",
        { IsNotAllowed: true } => "账号不允许登录。",
        _ => "用户名或密码不正确。",
    };

    private async Task<LoginOutcome> RecordAsync(AppUser? user, string userName, SignInResult result, string message)
    {
        var ctx = http.HttpContext;
        db.LoginEvents.Add(new LoginEvent
        {
            At = clock.GetUtcNow().UtcDateTime, UserId = user?.Id, UserName = userName.Trim(),
            IpAddress = ctx?.Connection.RemoteIpAddress?.ToString(),
            UserAgent = ctx?.Request.Headers.UserAgent.ToString() is { Length: > 0 } ua ? ua[..Math.Min(ua.Length, 512)] : null,
            Succeeded = result.Succeeded,
            Reason = result.Succeeded ? null : result.RequiresTwoFactor ? "需要双因素验证" : message,
        });
        await db.SaveChangesAsync();
        return new LoginOutcome(result, message);
    }
}
