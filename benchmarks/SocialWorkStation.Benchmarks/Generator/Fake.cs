using SocialWorkStation.Modules.Cases.Domain;
using SocialWorkStation.Platform.Protection;

namespace SocialWorkStation.Benchmarks.Generator;

/// <summary>Realistic-looking values from a seeded <see cref="Random"/>: the same seed gives the same city.</summary>
internal sealed class Fake(int seed)
{
    public Random Rng { get; } = new(seed);

    private static readonly string[] Surnames =
        [.. "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤".Select(c => c.ToString())];
    private static readonly string[] GivenPairs =
        ["建国", "建华", "国庆", "秀英", "桂英", "秀兰", "玉兰", "海燕", "志强", "永强", "丽娟", "春梅", "红梅", "德明", "文华", "立新",
         "淑芬", "桂兰", "明辉", "晓东", "子涵", "梓萱", "浩然", "宇轩", "欣怡", "思远", "一诺", "雨桐", "俊杰", "家豪", "秀珍", "凤英",
         "金凤", "福生", "长春", "玉珍", "美华", "新民", "春生", "振华", "桂芳", "丽华", "晓燕", "志刚", "文军", "雪梅", "婷婷", "佳怡"];
    private static readonly string[] GivenSingles = [.. "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玲兰萍红".Select(c => c.ToString())];

    public string Surname() => Surnames[Math.Min(Surnames.Length - 1, (int)(Surnames.Length * Math.Pow(Rng.NextDouble(), 2)))];
    /// <summary>Two-character given names are a small set, so a two-character fragment finds a realistic handful.</summary>
    public string GivenName() => Rng.Next(3) == 0 ? Pick(GivenSingles) : Pick(GivenPairs);
    public string PersonName() => Surname() + GivenName();

    public T Pick<T>(IReadOnlyList<T> items) => items[Rng.Next(items.Count)];
    public bool Chance(double p) => Rng.NextDouble() < p;
    public int Between(int min, int maxInclusive) => Rng.Next(min, maxInclusive + 1);
    public DateOnly DateBetween(DateOnly from, DateOnly to) => to <= from ? from : from.AddDays(Rng.Next(to.DayNumber - from.DayNumber + 1));
    public DateTime TimeOn(DateOnly day) => day.ToDateTime(new TimeOnly(1 + Rng.Next(10), Rng.Next(60), Rng.Next(60)), DateTimeKind.Utc);

    /// <summary>Version-7 layout (millisecond time first, so inserts stay in index order) with seeded random bits.</summary>
    public Guid Id(DateTime at)
    {
        Span<byte> bytes = stackalloc byte[16];
        Rng.NextBytes(bytes);
        var ms = new DateTimeOffset(DateTime.SpecifyKind(at, DateTimeKind.Utc)).ToUnixTimeMilliseconds();
        for (var i = 0; i < 6; i++) bytes[i] = (byte)(ms >> (8 * (5 - i)));
        bytes[6] = (byte)(0x70 | (bytes[6] & 0x0F));
        bytes[8] = (byte)(0x80 | (bytes[8] & 0x3F));
        return new Guid(bytes, bigEndian: true);
    }

    /// <summary>A valid 18-digit 居民身份证号 (GB 11643-1999): region, birth date, sequence (odd = male), check character.</summary>
    public static string IdNumber(string region, DateOnly birth, int sequence, Gender gender)
    {
        var seq = sequence % 500 * 2 + (gender == Gender.Male ? 1 : 0);
        var body = $"{region}{birth:yyyyMMdd}{seq:000}";
        return body + ChineseIdNumber.CheckCharacter(body);
    }

    public string Mobile() => "1" + Pick(new[] { "35", "38", "39", "58", "59", "86", "87", "77" }) + Rng.Next(10_000_000, 100_000_000).ToString();

    private static readonly string[] ServiceTexts =
    [
        "入户了解服务对象近期身体状况和日常起居，协助整理药品并提醒按时服药，与家属沟通照护安排。",
        "电话回访服务对象，了解低保复核材料准备情况，指导补齐收入证明，约定下周上门协助提交。",
        "在站内面谈，运用倾听与同理技巧疏导服务对象的焦虑情绪，共同梳理近期生活困难和可利用资源。",
        "链接社区卫生服务中心为服务对象安排上门体检，并协调志愿者每周两次陪同买菜。",
        "陪同服务对象到镇政府办理残疾人两项补贴申请，核对材料并跟进审批进度。",
        "与学校老师沟通儿童在校表现，协助制定课后托管安排，向监护人反馈学习情况。",
        "开展家庭会谈，协调子女分担照料责任，明确每周探视时间，服务对象情绪明显好转。",
        "协助服务对象申请临时救助，整理医疗费用票据，向民政办提交并说明家庭实际困难。",
    ];
    private static readonly string[] Feedbacks = ["服务对象表示满意，希望继续跟进。", "家属表示感谢，愿意配合后续安排。", "服务对象情绪较前稳定。", "服务对象对申请进度仍有顾虑。"];
    private static readonly string[] Effects = ["照护安排已落实。", "材料已补齐并提交。", "情绪困扰有所缓解。", "资源链接已完成。", "家庭支持有所增强。"];
    private static readonly string[] NextSteps = ["两周后电话回访。", "下月入户复查。", "跟进审批结果。", "联系志愿者继续陪护。"];
    private static readonly string[] Places = ["服务对象家中", "社工站", "村委会", "社区活动室", "镇卫生院", "电话"];
    public static readonly string[] Needs = ["日常照料与陪护", "经济救助申请", "情绪疏导与心理支持", "医疗康复资源链接", "儿童学业与监护支持", "家庭关系调适", "居家安全改造", "社会交往与社区参与"];

    public string ServiceText() => Pick(ServiceTexts);
    public string Feedback() => Pick(Feedbacks);
    public string Effect() => Pick(Effects);
    public string NextStep() => Pick(NextSteps);
    public string Place() => Pick(Places);
}
