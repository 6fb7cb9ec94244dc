using Microsoft.AspNetCore.Identity;
using SocialWorkStation.Data;
using SocialWorkStation.Platform.Identity;

namespace SocialWorkStation.Web.Account;

/// <summary>What a sign-in attempt came to; <paramref name="RetryAfter"/> is set when it was throttled (answered 429).</summary>
public sealed record LoginOutcome(SignInResult Result, string Message, int? RetryAfter = null);

/// <summary>Signs in (cookie or bearer, whichever scheme the SignInManager is set to) and writes the login history.
/// A wrong password looks and costs the same for a real and an unknown name (issue 10, item 9): the unknown name's
/// password is checked against a dummy hash, the message is the same, and a disabled or expired account is revealed only
/// to someone who knows its password. Repeated failures are slowed down per name and per address (<see cref="LoginThrottle"/>)
/// instead of locking the account, so a stranger cannot lock a colleague out.</summary>
public sealed class LoginRecorder(SignInManager<AppUser> signIn, IPasswordHasher<AppUser> hasher, LoginThrottle throttle,
    AppDbContext db, IHttpContextAccessor http, TimeProvider clock)
{
    public const string WrongCredentials = "用户名或密码不正确。";
    private static string? _dummyHash;

    public async Task<LoginOutcome> PasswordSignInAsync(string userName, string password)
    {
        var name = userName.Trim();
        var user = await signIn.UserManager.FindByNameAsync(name);
        if (throttle.RetryAfter(name, Address) is { } wait) return await ThrottledAsync(user, name, wait);

        bool passwordOk;
        if (user is null)
        {
            var dummy = _dummyHash ??= hasher.HashPassword(new AppUser(), Convert.ToBase64String(Guid.NewGuid().ToByteArray()));
            hasher.VerifyHashedPassword(new AppUser(), dummy, password);
            passwordOk = false;
        }
        else passwordOk = await signIn.UserManager.CheckPasswordAsync(user, password);
        if (!passwordOk)
        {
            throttle.RecordFailure(name, Address);
            return await RecordAsync(user, name, SignInResult.Failed, WrongCredentials);
        }
        throttle.Clear(name);
        if (!UserAccessLoader.IsUsable(user!, clock))
            return await RecordAsync(user, name, SignInResult.NotAllowed, "账号已停用或访问期限已过。");
        var result = await signIn.PasswordSignInAsync(user!, password, isPersistent: false, lockoutOnFailure: false);
        return await RecordAsync(user, name, result, Describe(result));
    }

    /// <summary>The second step: a 6-digit authenticator code (each accepted once), or one of the user's recovery codes.</summary>
    public async Task<LoginOutcome> TwoFactorSignInAsync(string code)
    {
        var user = await signIn.GetTwoFactorAuthenticationUserAsync();
        if (user is null) return new LoginOutcome(SignInResult.Failed, "登录已过期，请重新输入用户名和密码。");
        var name = user.UserName ?? "";
        if (throttle.RetryAfter(name, Address) is { } wait) return await ThrottledAsync(user, name, wait);
        var compact = code.Replace(" ", "");
        var result = compact.Length == 6 && compact.All(char.IsAsciiDigit)
            ? await signIn.TwoFactorAuthenticatorSignInAsync(compact, false, false)
            : await signIn.TwoFactorRecoveryCodeSignInAsync(compact);
        if (result.Succeeded) throttle.Clear(name);
        else throttle.RecordFailure(name, Address);
        return await RecordAsync(user, name, result, result.Succeeded ? "" : "验证码不正确。");
    }

    public static string Describe(SignInResult result) => result switch
    {
        { Succeeded: true } => "",
        { RequiresTwoFactor: true } => "请输入身份验证器中的验证码。",
        { IsNotAllowed: true } => "账号不允许登录。",
        _ => WrongCredentials,
    };

    public static string Throttled(int seconds) => $"尝试过于频繁，请 {seconds} 秒后再试。";

    private string? Address => http.HttpContext?.Connection.RemoteIpAddress?.ToString();

    private async Task<LoginOutcome> ThrottledAsync(AppUser? user, string name, int wait)
    {
        var outcome = await RecordAsync(user, name, SignInResult.Failed, "尝试过于频繁");
        return outcome with { Message = Throttled(wait), RetryAfter = wait };
    }

    private async Task<LoginOutcome> RecordAsync(AppUser? user, string userName, SignInResult result, string message)
    {
        var ctx = http.HttpContext;
        db.LoginEvents.Add(new LoginEvent
        {
            At = clock.GetUtcNow().UtcDateTime, UserId = user?.Id, UserName = userName,
            IpAddress = Address,
            UserAgent = ctx?.Request.Headers.UserAgent.ToString() is { Length: > 0 } ua ? ua[..Math.Min(ua.Length, 512)] : null,
            Succeeded = result.Succeeded,
            Reason = result.Succeeded ? null : result.RequiresTwoFactor ? "需要双因素验证" : message,
        });
        await db.SaveChangesAsync();
        return new LoginOutcome(result, message);
    }
}
