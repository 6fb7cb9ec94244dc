using System.Globalization;

namespace SocialWorkStation.Platform.Common;

/// <summary>How <see cref="Money.ToString(MoneyFormat)"/> writes an amount.</summary>
public enum MoneyFormat
{
    /// <summary>¥1,234.50 (lists, detail pages).</summary>
    Symbol,
    /// <summary>1,234.50 元 (sentences, printed forms next to the 大写).</summary>
    Unit,
    /// <summary>1234.50 (form inputs, exports that a spreadsheet reads as a number).</summary>
    Plain,
}

/// <summary>An amount of renminbi, held as whole fen (分). The database stores the fen as a <c>long</c>
/// (ARCHITECTURE: Data, money): EF's SQLite provider cannot compare decimals in SQL, and whole fen never round.
/// People type yuan (<see cref="Parse"/>), pages show <see cref="ToString(MoneyFormat)"/>, printed vouchers also show
/// <see cref="ToChineseUppercase"/> (大写).</summary>
public readonly partial record struct Money : IComparable<Money>
{
    /// <summary>9,999,999,999,999,999.99 元: below one 亿亿, the largest amount 大写 writes with 万 and 亿 alone.</summary>
    public const long MaxFen = 999_999_999_999_999_999;

    public static Money Zero => default;
    public static Money MaxValue => new(MaxFen);

    private Money(long fen) => Fen = fen;

    public long Fen { get; }

    public decimal Yuan => Fen / 100m;
    public bool IsNegative => Fen < 0;

    /// <exception cref="OverflowException">Beyond ±<see cref="MaxFen"/>.</exception>
    public static Money FromFen(long fen) =>
        fen is >= -MaxFen and <= MaxFen ? new(fen) : throw new OverflowException(TooLarge);

    /// <summary>Yuan to whole fen, a half fen rounded away from zero. Check what a person typed with <see cref="Parse"/> or
    /// <see cref="YuanAttribute"/> first: this never refuses a third decimal.</summary>
    /// <exception cref="OverflowException">Beyond ±<see cref="MaxFen"/>.</exception>
    public static Money FromYuan(decimal yuan) =>
        Math.Abs(yuan) <= MaxFen / 100m ? FromFen((long)decimal.Round(yuan * 100m, 0, MidpointRounding.AwayFromZero)) : throw new OverflowException(TooLarge);

    /// <summary>For optional amounts stored as nullable fen columns.</summary>
    public static long? ToFen(decimal? yuan) => yuan is { } y ? FromYuan(y).Fen : null;

    /// <summary>For optional amounts stored as nullable fen columns.</summary>
    public static decimal? ToYuan(long? fen) => fen is { } f ? f / 100m : null;

    /// <summary>¥1,234.50 for a stored amount, "" for none.</summary>
    public static string Format(long? fen, MoneyFormat format = MoneyFormat.Symbol) => fen is { } f ? FromFen(f).ToString(format) : "";

    public static Money operator +(Money a, Money b) => FromFen(checked(a.Fen + b.Fen));
    public static Money operator -(Money a, Money b) => FromFen(checked(a.Fen - b.Fen));
    public static Money operator -(Money a) => new(-a.Fen);
    public static Money operator *(Money a, int times) => FromFen(checked(a.Fen * times));
    public static bool operator <(Money a, Money b) => a.Fen < b.Fen;
    public static bool operator >(Money a, Money b) => a.Fen > b.Fen;
    public static bool operator <=(Money a, Money b) => a.Fen <= b.Fen;
    public static bool operator >=(Money a, Money b) => a.Fen >= b.Fen;

    public int CompareTo(Money other) => Fen.CompareTo(other.Fen);

    /// <summary>¥1,234.50 (negative: -¥1,234.50).</summary>
    public override string ToString() => ToString(MoneyFormat.Symbol);

    public string ToString(MoneyFormat format)
    {
        var sign = Fen < 0 ? "-" : "";
        var abs = Math.Abs(Fen) / 100m;
        return format switch
        {
            MoneyFormat.Unit => sign + abs.ToString("#,##0.00", CultureInfo.InvariantCulture) + " 元",
            MoneyFormat.Plain => sign + abs.ToString("0.00", CultureInfo.InvariantCulture),
            _ => sign + "¥" + abs.ToString("#,##0.00", CultureInfo.InvariantCulture),
        };
    }

    private const string TooLarge = "金额超出系统可处理的范围。";
}
