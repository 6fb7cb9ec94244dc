using SocialWorkStation.Platform.Common;

namespace SocialWorkStation.UnitTests.Common;

public class MoneyTests
{
    [Theory]
    [InlineData(1234_50, "¥1,234.50", "1,234.50 元", "1234.50")]
    [InlineData(0, "¥0.00", "0.00 元", "0.00")]
    [InlineData(5, "¥0.05", "0.05 元", "0.05")]
    [InlineData(100000000_00, "¥100,000,000.00", "100,000,000.00 元", "100000000.00")]
    [InlineData(-1234_50, "-¥1,234.50", "-1,234.50 元", "-1234.50")]
    public void Amount_is_formatted_with_symbol_unit_or_plain(long fen, string symbol, string unit, string plain)
    {
        var money = Money.FromFen(fen);
        Assert.Equal(symbol, money.ToString());
        Assert.Equal(unit, money.ToString(MoneyFormat.Unit));
        Assert.Equal(plain, money.ToString(MoneyFormat.Plain));
    }

    [Fact]
    public void A_stored_optional_amount_formats_as_before_and_none_as_empty()
    {
        Assert.Equal("¥12.00", Money.Format(1200));
        Assert.Equal("", Money.Format(null));
    }

    [Theory]
    [InlineData("12.34", 1234)]
    [InlineData("12.345", 1235)]   // half a fen away from zero, like the old Yuan.ToFen
    [InlineData("-0.005", -1)]
    [InlineData("100000000", 100000000_00)]
    public void Yuan_become_whole_fen(string yuan, long fen) =>
        Assert.Equal(fen, Money.FromYuan(decimal.Parse(yuan, System.Globalization.CultureInfo.InvariantCulture)).Fen);

    [Fact]
    public void Optional_amounts_convert_both_ways_and_keep_null()
    {
        Assert.Equal(150, Money.ToFen(1.5m));
        Assert.Null(Money.ToFen(null));
        Assert.Equal(1.5m, Money.ToYuan(150));
        Assert.Null(Money.ToYuan(null));
    }

    [Fact]
    public void Arithmetic_and_comparison_work_in_fen()
    {
        var a = Money.FromFen(10_50);
        var b = Money.FromFen(2_25);
        Assert.Equal(Money.FromFen(12_75), a + b);
        Assert.Equal(Money.FromFen(8_25), a - b);
        Assert.Equal(Money.FromFen(-10_50), -a);
        Assert.Equal(Money.FromFen(31_50), a * 3);
        Assert.True(b < a && a > b && a >= Money.FromFen(10_50) && b <= a && a.CompareTo(b) > 0);
        Assert.Equal(Money.Zero, default);
        Assert.Equal(10.5m, a.Yuan);
    }

    [Fact]
    public void Amounts_beyond_the_limit_are_refused_rather_than_wrapped()
    {
        Assert.Throws<OverflowException>(() => Money.FromFen(Money.MaxFen + 1));
        Assert.Throws<OverflowException>(() => Money.MaxValue + Money.FromFen(1));
        Assert.Throws<OverflowException>(() => Money.FromYuan(decimal.MaxValue));
    }
}
