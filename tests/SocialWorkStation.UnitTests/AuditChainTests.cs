using System.Security.Cryptography;
using System.Text;
using SocialWorkStation.Platform.Audit;
using SocialWorkStation.Platform.Protection;

namespace SocialWorkStation.UnitTests;

public class AuditChainTests
{
    /// <summary>Stands in for the personal-data protector: HMAC under a key of our choosing.</summary>
    private sealed class Keys(byte seed) : IPersonalDataProtector
    {
        private readonly byte[] _key = Enumerable.Repeat(seed, 32).ToArray();
        public string? Encrypt(string? plaintext) => throw new NotSupportedException();
        public string? Decrypt(string? ciphertext) => throw new NotSupportedException();
        public string BlindIndex(string purpose, string value) => throw new NotSupportedException();
        public string Mac(string purpose, string data) =>
            Convert.ToHexStringLower(HMACSHA256.HashData(_key, Encoding.UTF8.GetBytes(purpose + "|" + data)));
    }

    private static AuditEntry Row() => new()
    {
        Sequence = 1, At = new DateTime(2026, 11, 26, 8, 0, 0, DateTimeKind.Utc), UserName = "worker",
        Entity = "Station", EntityKey = "1", Action = AuditAction.Update, Changes = """{"Name":["旧","新"]}""",
    };

    private static string SealOf(AuditEntry row, IPersonalDataProtector? keys = null) =>
        AuditChain.Seal(keys ?? new Keys(1), 1, SealedLog.Audit, AuditChain.Canonical(row), "");

    [Fact]
    [Trait("Clause", "C7.3.2")]
    public void Changing_any_recorded_field_changes_the_seal()
    {
        var original = SealOf(Row());
        var altered = Row();
        altered.Changes = """{"Name":["旧","改"]}""";
        Assert.NotEqual(original, SealOf(altered));
        var otherUser = Row();
        otherUser.UserName = "someone";
        Assert.NotEqual(original, SealOf(otherUser));
    }

    [Fact]
    [Trait("Clause", "C7.3.2")]
    public void The_seal_depends_on_the_key_so_it_cannot_be_recomputed_without_it()
    {
        Assert.NotEqual(SealOf(Row(), new Keys(1)), SealOf(Row(), new Keys(2)));
    }

    [Fact]
    public void Seal_is_stable_and_hex_encoded()
    {
        var hash = SealOf(Row());
        Assert.Equal(hash, SealOf(Row()));
        Assert.Matches("^[0-9a-f]{64}$", hash);
    }
}
