using Microsoft.EntityFrameworkCore;
using SocialWorkStation.Data;
using SocialWorkStation.Platform.Modules;
using SocialWorkStation.Platform.Protection;

namespace SocialWorkStation.Web.Security;

/// <summary>Start-up step: authenticator secrets that earlier versions stored in plain text are encrypted the way
/// <see cref="ProtectedUserStore"/> stores new ones. Idempotent: encrypted secrets carry a prefix and are left alone.
/// Recovery codes of earlier versions were never issued (enrolment did not make any), so there are none to hash.</summary>
internal sealed class TotpSecretUpgrade(AppDbContext db, IPersonalDataProtector protector) : IDataUpgrade
{
    private const string StoreProvider = "[AspNetUserStore]";
    private const string KeyName = "AuthenticatorKey";

    public int Order => 10;

    public async Task RunAsync(CancellationToken ct)
    {
        var plain = await db.UserTokens
            .Where(t => t.LoginProvider == StoreProvider && t.Name == KeyName && t.Value != null
                        && !t.Value.StartsWith(ProtectedUserStore.EncryptedPrefix))
            .ToListAsync(ct);
        if (plain.Count == 0) return;
        foreach (var token in plain) token.Value = protector.Encrypt(token.Value);
        await db.SaveChangesAsync(ct);
    }
}
