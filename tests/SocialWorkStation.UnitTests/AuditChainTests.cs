using SocialWorkStation.Platform.Audit;

namespace SocialWorkStation.UnitTests;

public class AuditChainTests
{
    private static AuditEntry Row() => new()
    {
        Sequence = 1, At = new DateTime(2026, 11, 26, 8, 0, 0, DateTimeKind.Utc), UserName = "worker",
        Entity = "Station", EntityKey = "1", Action = AuditAction.Update, Changes = """{"Name":["旧","新"]}""", PreviousHash = "",
    };

    [Fact]
    [Trait("Clause", "C7.3.2")]
    public void Changing_any_recorded_field_changes_the_hash()
    {
        var original = AuditChain.ComputeHash(Row());
        var altered = Row();
        altered.Changes = """{"Name":["旧","改"]}""";
        Assert.NotEqual(original, AuditChain.ComputeHash(altered));
        var otherUser = Row();
        otherUser.UserName = "someone";
        Assert.NotEqual(original, AuditChain.ComputeHash(otherUser));
    }

    [Fact]
    public void Hash_is_stable_and_hex_encoded()
    {
        var hash = AuditChain.ComputeHash(Row());
        Assert.Equal(hash, AuditChain.ComputeHash(Row()));
        Assert.Matches("^[0-9a-f]{64}$", hash);
    }
}
