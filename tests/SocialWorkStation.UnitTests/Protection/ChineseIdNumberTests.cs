using SocialWorkStation.Platform.Protection;

namespace SocialWorkStation.UnitTests.Protection;

public class ChineseIdNumberTests
{
    private static readonly DateOnly Today = new(2026, 11, 26);

    [Theory]
    [InlineData("11010519491231002", 1949, 12, 31, false)]
    [InlineData("44030420080229001", 2008, 2, 29, true)]
    public void Valid_18_digit_numbers_give_birth_date_and_gender(string id, int y, int m, int d, bool male)
    {
        var fixedId = id + CheckFor(id);
        var (value, error) = ChineseIdNumber.Parse(fixedId, Today);
        Assert.Null(error);
        Assert.Equal(new DateOnly(y, m, d), value!.BirthDate);
        Assert.Equal(male, value.IsMale);
    }

    [Fact]
    public void The_published_sample_number_is_valid() =>
        Assert.Null(ChineseIdNumber.Parse("11010519491231002X", Today).Error);

    [Fact]
    public void A_wrong_check_character_is_refused_with_a_clear_message()
    {
        var (_, error) = ChineseIdNumber.Parse("110105194912310021", Today);
        Assert.Equal("身份证号校验位不正确，请核对后重新输入。", error);
    }

    [Theory]
    [InlineData("110105194902300021", "身份证号中的出生日期不是有效日期。")]
    [InlineData("12345", "身份证号应为 18 位（或旧版 15 位）。")]
    [InlineData("11010519491231002A", "身份证号应为 17 位数字加 1 位数字或 X。")]
    public void Malformed_numbers_are_refused(string id, string message)
    {
        var candidate = id.Length == 18 && char.IsDigit(id[17]) ? id[..17] + CheckFor(id[..17]) : id;
        Assert.Equal(message, ChineseIdNumber.Parse(candidate, Today).Error);
    }

    [Fact]
    public void A_birth_date_after_today_is_refused()
    {
        var body = "11010520270101001";
        Assert.Equal("身份证号中的出生日期晚于今天。", ChineseIdNumber.Parse(body + CheckFor(body), Today).Error);
    }

    [Fact]
    public void Old_15_digit_numbers_are_accepted_without_a_check_character()
    {
        var (value, error) = ChineseIdNumber.Parse("110105491231002", Today);
        Assert.Null(error);
        Assert.Equal(new DateOnly(1949, 12, 31), value!.BirthDate);
    }

    [Fact]
    public void An_id_number_mask_keeps_only_the_last_four_characters()
    {
        Assert.Equal("**************123X", Masking.IdNumber("330106198001011230"[..14] + "123X"));
        Assert.Equal("138****5678", Masking.Phone("13812345678"));
    }

    /// <summary>Independent restatement of GB 11643's check (weights and map from the standard).</summary>
    private static char CheckFor(string first17)
    {
        int[] w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
        var sum = first17.Select((c, i) => (c - '0') * w[i]).Sum();
        return "10X98765432"[sum % 11];
    }
}
