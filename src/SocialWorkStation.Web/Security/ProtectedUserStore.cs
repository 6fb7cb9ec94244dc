using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using SocialWorkStation.Data;
using SocialWorkStation.Platform.Identity;
using IPersonalDataProtector = SocialWorkStation.Platform.Protection.IPersonalDataProtector;

namespace SocialWorkStation.Web.Security;

/// <summary>Identity's store, except that the authenticator (TOTP) secret is stored encrypted with the personal-data key
/// and recovery codes are stored as hashes (issue 10, item 3): with a copy of the database alone nobody can compute
/// someone's codes. <see cref="TotpSecretUpgrade"/> encrypts secrets stored in plain text by earlier versions.</summary>
internal sealed class ProtectedUserStore(AppDbContext context, IPersonalDataProtector protector, IdentityErrorDescriber? describer = null)
    : UserStore<AppUser, AppRole, AppDbContext, Guid>(context, describer)
{
    public const string EncryptedPrefix = "v1:";

    public override Task SetAuthenticatorKeyAsync(AppUser user, string key, CancellationToken cancellationToken) =>
        base.SetAuthenticatorKeyAsync(user, protector.Encrypt(key)!, cancellationToken);

    public override async Task<string?> GetAuthenticatorKeyAsync(AppUser user, CancellationToken cancellationToken)
    {
        var stored = await base.GetAuthenticatorKeyAsync(user, cancellationToken);
        // Plain secrets of earlier versions are read until the start-up step has encrypted them.
        return stored is not null && stored.StartsWith(EncryptedPrefix, StringComparison.Ordinal) ? protector.Decrypt(stored) : stored;
    }

    public override Task ReplaceCodesAsync(AppUser user, IEnumerable<string> recoveryCodes, CancellationToken cancellationToken) =>
        base.ReplaceCodesAsync(user, recoveryCodes.Select(HashCode), cancellationToken);

    public override Task<bool> RedeemCodeAsync(AppUser user, string code, CancellationToken cancellationToken) =>
        base.RedeemCodeAsync(user, HashCode(code), cancellationToken);

    /// <summary>Recovery codes are random (Identity makes them), so a plain SHA-256 is enough; spaces, dashes and case
    /// do not matter when they are typed in.</summary>
    public static string HashCode(string code) => Convert.ToHexStringLower(SHA256.HashData(
        Encoding.UTF8.GetBytes(new string(code.Where(char.IsAsciiLetterOrDigit).ToArray()).ToUpperInvariant())));
}
