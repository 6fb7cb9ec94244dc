using SocialWorkStation.Platform.Identity;

namespace SocialWorkStation.UnitTests;

public class PasswordPolicyTests
{
    [Theory]
    [InlineData("Abcdefgh1!")]      // 4 classes, 10 chars
    [InlineData("abcdefgh12!")]     // lower, digit, symbol
    [InlineData("ABCDEFGH12a")]     // upper, digit, lower
    public void Password_with_ten_characters_from_three_classes_is_accepted(string password) =>
        Assert.Null(PasswordPolicyValidator.Check(password));

    [Theory]
    [InlineData("Abcdef1!", "至少需要 10 个字符")]
    [InlineData("abcdefghijkl", "至少三类")]
    [InlineData("abcdefgh1234", "至少三类")]
    [InlineData("", "至少需要 10 个字符")]
    public void Weak_password_is_refused_with_a_chinese_reason(string password, string reason) =>
        Assert.Contains(reason, PasswordPolicyValidator.Check(password));
}
