using System.Text;

namespace SocialWorkStation.Platform.Common;

public readonly partial record struct Money
{
    private const string Numerals = "零壹贰叁肆伍陆柒捌玖";

    /// <summary>中文大写金额 as written on vouchers and receipts (中国人民银行《支付结算办法》附件：正确填写票据和结算凭证的
    /// 基本规定), without the 人民币 that the printed form puts before it:
    /// <list type="bullet">
    /// <item>整 after 元 or 角 when there are no 分; never after 分 (1,004.50 → 壹仟零肆元伍角整; 0.05 → 伍分).</item>
    /// <item>One 零 for each run of zeros inside the number, also across 万 and 亿 (100,200.30 → 壹拾万零贰佰元叁角整;
    ///   1,000,000,001.01 → 壹拾亿零壹元零壹分); none for zeros at the end of a section (100,000.00 → 壹拾万元整).</item>
    /// <item>零 after 元 when 角 is zero but 分 is not (325.04 → 叁佰贰拾伍元零肆分). Where the rules leave it optional
    ///   (元位 zero, 角 not: 1,680.32) no 零 is written: 壹仟陆佰捌拾元叁角贰分.</item>
    /// <item>Tens keep their 壹 (10.00 → 壹拾元整); nothing at all is 零元整; below zero starts with 负.</item>
    /// </list></summary>
    public string ToChineseUppercase()
    {
        if (Fen == 0) return "零元整";
        var fen = Math.Abs(Fen);
        var (yuan, jiao, cents) = (fen / 100, (int)(fen / 10 % 10), (int)(fen % 10));
        var sb = new StringBuilder(Fen < 0 ? "负" : "");
        if (yuan > 0) sb.Append(Whole(yuan)).Append('元');
        if (jiao > 0) sb.Append(Numerals[jiao]).Append('角');
        else if (yuan > 0 && cents > 0) sb.Append('零');
        if (cents > 0) sb.Append(Numerals[cents]).Append('分');
        else sb.Append('整');
        return sb.ToString();
    }

    /// <summary>A positive whole number: above 亿 and 万 the high part is written on its own, then the unit, then the low part,
    /// with one 零 when the low part does not fill its highest place (10|0200 → 壹拾万零贰佰).</summary>
    private static string Whole(long n) => n switch
    {
        >= 1_0000_0000 => Split(n / 1_0000_0000, '亿', n % 1_0000_0000, 1000_0000),
        >= 1_0000 => Split(n / 1_0000, '万', n % 1_0000, 1000),
        _ => Section((int)n),
    };

    private static string Split(long high, char unit, long low, long lowestFull) =>
        Whole(high) + unit + (low == 0 ? "" : (low < lowestFull ? "零" : "") + Whole(low));

    /// <summary>1–9999 with 仟佰拾; zeros between digits become one 零, trailing zeros nothing.</summary>
    private static string Section(int n)
    {
        const string units = "\0拾佰仟";
        var sb = new StringBuilder();
        var zeros = false;
        for (int place = 3, power = 1000; place >= 0; place--, power /= 10)
        {
            var digit = n / power % 10;
            if (digit == 0)
            {
                zeros = sb.Length > 0;
                continue;
            }
            if (zeros) sb.Append('零');
            zeros = false;
            sb.Append(Numerals[digit]);
            if (place > 0) sb.Append(units[place]);
        }
        return sb.ToString();
    }
}
