using SocialWorkStation.Platform.Common;

namespace SocialWorkStation.UnitTests.Common;

/// <summary>What people type into an amount field, in 元.</summary>
public class MoneyParseTests
{
    [Theory]
    [InlineData("1234.5", 1234_50)]
    [InlineData("1234.50", 1234_50)]
    [InlineData("1,234.50", 1234_50)]
    [InlineData(" 1 234.50 ", 1234_50)]
    [InlineData("¥1,234.50", 1234_50)]
    [InlineData("￥１２３４．５", 1234_50)]
    [InlineData("人民币1234.50元", 1234_50)]
    [InlineData("1234.50元", 1234_50)]
    [InlineData("12元整", 12_00)]
    [InlineData("12元正", 12_00)]
    [InlineData("12", 12_00)]
    [InlineData(".5", 0_50)]
    [InlineData("0", 0)]
    [InlineData("1.230", 1_23)]          // a trailing zero is not a third decimal
    [InlineData("12元3角4分", 12_34)]
    [InlineData("12元零4分", 12_04)]
    [InlineData("12元4分", 12_04)]
    [InlineData("3角", 0_30)]
    [InlineData("3角整", 0_30)]
    [InlineData("5分", 0_05)]
    [InlineData("5毛", 0_50)]
    [InlineData("1,000元5角", 1000_50)]
    [InlineData("12圆", 12_00)]
    public void Typed_yuan_become_fen(string input, long fen)
    {
        var (amount, error) = Money.Parse(input);
        Assert.Null(error);
        Assert.Equal(fen, amount!.Value.Fen);
    }

    [Theory]
    [InlineData(null, Money.EmptyMessage)]
    [InlineData("  ", Money.EmptyMessage)]
    [InlineData("1.234", Money.DecimalsMessage)]
    [InlineData("0.001", Money.DecimalsMessage)]
    [InlineData("-5", Money.NegativeMessage)]
    [InlineData("负12元", Money.NegativeMessage)]
    [InlineData("¥-5", Money.NegativeMessage)]
    [InlineData("12元34角", Money.JiaoFenMessage)]
    [InlineData("3角15分", Money.JiaoFenMessage)]
    [InlineData("一千", Money.FormatMessage)]
    [InlineData("12.5元3角", Money.FormatMessage)]
    [InlineData("1,23", Money.FormatMessage)]
    [InlineData("1.2.3", Money.FormatMessage)]
    [InlineData("--5", Money.NegativeMessage)]
    [InlineData("元", Money.FormatMessage)]
    [InlineData("¥", Money.FormatMessage)]
    [InlineData("整", Money.FormatMessage)]
    [InlineData("12e3", Money.FormatMessage)]
    [InlineData("10000000000000000", "金额超出系统可处理的范围。")]
    [InlineData("99999999999999999999999999999", "金额超出系统可处理的范围。")]
    public void Bad_input_gets_a_clear_Chinese_message(string? input, string message)
    {
        var (amount, error) = Money.Parse(input);
        Assert.Null(amount);
        Assert.Equal(message, error);
    }

    [Fact]
    public void Negative_amounts_are_read_only_where_allowed()
    {
        Assert.Equal(-12_30, Money.Parse("-12.3", allowNegative: true).Amount!.Value.Fen);
        Assert.Equal(-12_30, Money.Parse("负12元3角", allowNegative: true).Amount!.Value.Fen);
        Assert.Equal(-5_00, Money.Parse("¥-5", allowNegative: true).Amount!.Value.Fen);
        Assert.Equal(Money.FormatMessage, Money.Parse("--5", allowNegative: true).Error);
    }

    [Fact]
    public void A_limit_of_the_field_is_named_in_the_message()
    {
        var max = Money.FromFen(99_999_999_99);
        Assert.Equal(99_999_999_99, Money.Parse("99999999.99", max: max).Amount!.Value.Fen);
        Assert.Equal("金额不能超过 99,999,999.99 元。", Money.Parse("100000000", max: max).Error);
    }

    [Fact]
    public void The_largest_amount_round_trips_through_its_plain_text()
    {
        var text = Money.MaxValue.ToString(MoneyFormat.Plain);
        Assert.Equal(Money.MaxValue, Money.Parse(text).Amount);
    }
}
