using SocialWorkStation.Platform.Common;

namespace SocialWorkStation.UnitTests.Common;

/// <summary>大写金额 as the payment rules want it on vouchers (中国人民银行《正确填写票据和结算凭证的基本规定》).</summary>
public class MoneyUppercaseTests
{
    [Theory]
    // 整 after 元, after 角; never after 分.
    [InlineData(1000_00, "壹仟元整")]
    [InlineData(10_00, "壹拾元整")]
    [InlineData(1004_50, "壹仟零肆元伍角整")]
    [InlineData(1_23, "壹元贰角叁分")]
    [InlineData(0_50, "伍角整")]
    [InlineData(0_05, "伍分")]
    [InlineData(0_35, "叁角伍分")]
    [InlineData(0, "零元整")]
    // A zero 角 before a 分 is written as 零 after 元; a zero 元位 before 角 is not (optional, left out).
    [InlineData(325_04, "叁佰贰拾伍元零肆分")]
    [InlineData(16409_02, "壹万陆仟肆佰零玖元零贰分")]
    [InlineData(1680_32, "壹仟陆佰捌拾元叁角贰分")]
    // One 零 per run of zeros, also across 万 and 亿; none for zeros that end a section.
    [InlineData(100000_00, "壹拾万元整")]
    [InlineData(100200_30, "壹拾万零贰佰元叁角整")]
    [InlineData(107000_53, "壹拾万柒仟元伍角叁分")]
    [InlineData(6007_14, "陆仟零柒元壹角肆分")]
    [InlineData(5003020_50, "伍佰万叁仟零贰拾元伍角整")]
    [InlineData(1010000_00, "壹佰零壹万元整")]
    [InlineData(1000100_00, "壹佰万零壹佰元整")]
    [InlineData(100010_00, "壹拾万零壹拾元整")]
    [InlineData(10000000_00, "壹仟万元整")]
    [InlineData(100000000_00, "壹亿元整")]
    [InlineData(100100000_00, "壹亿零壹拾万元整")]
    [InlineData(110000000_00, "壹亿壹仟万元整")]
    [InlineData(100001000_00, "壹亿零壹仟元整")]
    [InlineData(1000000001_01, "壹拾亿零壹元零壹分")]
    [InlineData(1100000000_00, "壹拾壹亿元整")]
    [InlineData(200000000000_00, "贰仟亿元整")]
    [InlineData(1000000000000_00, "壹万亿元整")]
    [InlineData(1000100000000_00, "壹万零壹亿元整")]
    [InlineData(Money.MaxFen, "玖仟玖佰玖拾玖万玖仟玖佰玖拾玖亿玖仟玖佰玖拾玖万玖仟玖佰玖拾玖元玖角玖分")]
    // Below zero: 负 first.
    [InlineData(-12_30, "负壹拾贰元叁角整")]
    [InlineData(-0_05, "负伍分")]
    public void Amount_is_written_in_uppercase_as_on_a_voucher(long fen, string expected) =>
        Assert.Equal(expected, Money.FromFen(fen).ToChineseUppercase());
}
