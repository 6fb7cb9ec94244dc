using System.ComponentModel.DataAnnotations;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Identity;
using SocialWorkStation.Platform.Identity;
using SocialWorkStation.Platform.Results;

namespace SocialWorkStation.Web.Account;

public sealed record TwoFactorStatus(bool Enabled, string? AuthenticatorKey, bool EnrolmentCodeRequired);

public sealed record EnableTwoFactorRequest
{
    [Required(ErrorMessage = "请输入验证码。"), RegularExpression(@"^\s*\d{3}\s?\d{3}\s*$", ErrorMessage = "验证码为 6 位数字。")]
    public string Code { get; set; } = "";

    /// <summary>The administrator's one-time enrolment code (签发绑定码), needed after an administrator set the password.</summary>
    [MaxLength(20)]
    public string? EnrolmentCode { get; set; }
}

public sealed record EnableTwoFactorResponse(IReadOnlyList<string> RecoveryCodes);

/// <summary>Enrolling an authenticator (issue 10, item 6), for the page and the API alike. After an administrator set the
/// password (create, reset) the enrolment also takes the administrator's one-time enrolment code, so whoever knows the
/// password cannot bind their own phone to the account. Enabling issues 10 recovery codes, shown once, stored hashed.</summary>
public sealed class TwoFactorEnrolmentHandler(UserManager<AppUser> users, IUserStore<AppUser> store, ICurrentUser me, TimeProvider clock)
{
    public const int RecoveryCodeCount = 10;

    public async Task<Result<TwoFactorStatus>> StatusAsync(CancellationToken ct)
    {
        var user = await users.FindByIdAsync(me.Id.ToString());
        if (user is null || !me.IsAuthenticated) return Error.NotFound("用户不存在。");
        if (user.TwoFactorEnabled) return new TwoFactorStatus(true, null, false);
        var key = await users.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key))
        {
            // A first, not yet enabled key: set through the store, as UserManager's reset would also change the stamp and
            // so end the very session that is enrolling.
            key = users.GenerateNewAuthenticatorKey();
            await ((IUserAuthenticatorKeyStore<AppUser>)store).SetAuthenticatorKeyAsync(user, key, ct);
            await users.UpdateAsync(user);
        }
        return new TwoFactorStatus(false, key, user.EnrolmentCodeRequired);
    }

    public async Task<Result<EnableTwoFactorResponse>> EnableAsync(EnableTwoFactorRequest request, CancellationToken ct)
    {
        if (RequestShape.Check(request) is { } invalid) return invalid;
        var user = await users.FindByIdAsync(me.Id.ToString());
        if (user is null || !me.IsAuthenticated) return Error.NotFound("用户不存在。");
        if (user.TwoFactorEnabled) return Error.Conflict("双因素认证已启用。");
        if (user.EnrolmentCodeRequired && !EnrolmentCodeMatches(user, request.EnrolmentCode))
            return Error.Invalid("enrolmentCode", "绑定码不正确或已过期，请向管理员索取新的绑定码。");
        if (!await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, request.Code.Replace(" ", "")))
            return Error.Invalid("code", "验证码不正确，请重试。");
        user.EnrolmentCodeRequired = false;
        user.EnrolmentCodeHash = null;
        user.EnrolmentCodeExpiresAt = null;
        await users.SetTwoFactorEnabledAsync(user, true);
        var codes = await users.GenerateNewTwoFactorRecoveryCodesAsync(user, RecoveryCodeCount);
        return new EnableTwoFactorResponse(codes?.ToList() ?? []);
    }

    private bool EnrolmentCodeMatches(AppUser user, string? code) =>
        !string.IsNullOrWhiteSpace(code) && user.EnrolmentCodeHash is { } hash && user.EnrolmentCodeExpiresAt > clock.GetUtcNow().UtcDateTime
        && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(EnrolmentCodes.Hash(code)), Encoding.ASCII.GetBytes(hash));
}
