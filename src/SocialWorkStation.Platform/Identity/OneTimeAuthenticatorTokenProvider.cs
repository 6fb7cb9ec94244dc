using Microsoft.AspNetCore.Identity;
using OtpNet;

namespace SocialWorkStation.Platform.Identity;

/// <summary>Authenticator (TOTP) codes as Identity's own provider accepts them (30-second steps, two steps either side),
/// but each code is used once: the accepted time step is remembered on the user, and that step or an earlier one is
/// refused afterwards, so a code read over someone's shoulder or replayed from a log cannot sign in again (issue 10,
/// item 9). Saving the step goes through the user's concurrency stamp: of two simultaneous uses only one succeeds.</summary>
public sealed class OneTimeAuthenticatorTokenProvider(TimeProvider clock) : IUserTwoFactorTokenProvider<AppUser>
{
    public Task<string> GenerateAsync(string purpose, UserManager<AppUser> manager, AppUser user) => Task.FromResult("");

    public async Task<bool> CanGenerateTwoFactorTokenAsync(UserManager<AppUser> manager, AppUser user) =>
        !string.IsNullOrWhiteSpace(await manager.GetAuthenticatorKeyAsync(user));

    public async Task<bool> ValidateAsync(string purpose, string token, UserManager<AppUser> manager, AppUser user)
    {
        var key = await manager.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrWhiteSpace(key) || token.Length != 6 || !token.All(char.IsAsciiDigit)) return false;
        var totp = new Totp(Base32Encoding.ToBytes(key));
        if (!totp.VerifyTotp(clock.GetUtcNow().UtcDateTime, token, out var step, new VerificationWindow(previous: 2, future: 2)))
            return false;
        if (user.LastTotpTimeStep is { } last && step <= last) return false;
        user.LastTotpTimeStep = step;
        return (await manager.UpdateAsync(user)).Succeeded;
    }
}
