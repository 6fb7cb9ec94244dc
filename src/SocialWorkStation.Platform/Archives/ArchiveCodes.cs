namespace SocialWorkStation.Platform.Archives;

/// <summary>档案门类 a module hints for its record set (C8.1.1: 文书、服务、财务、物资、人事 … plus photos). The archives
/// module maps each to its 门类代码 in the 档号 (DA/T 22-2015); the code here is the common one, or a local one where
/// the standards name none (物资, 服务 as a 专业档案 `ZY·FW`).</summary>
public enum ArchiveClass { Documentary, Service, Accounting, Materials, Personnel, Photo }

/// <summary>保管期限 hint. DA/T 22-2015 codes Y / D30 / D10; accounting records follow 会计档案管理办法 (财政部 国家档案局令
/// 第79号), whose periods are these three plus 固定资产卡片: five years after the asset is scrapped and cleared.</summary>
public enum RetentionPeriod { Permanent, Years30, Years10, FiveYearsAfterDisposal }

/// <summary>待归档 (declared by the source module), 已归档 (filed with a 档号: the source record is sealed), 退回 (the
/// archivist sent it back with a reason; the source module corrects it and declares again).</summary>
public enum ArchiveHandOffStatus { Pending, Filed, Returned }

public static class ArchiveCodes
{
    /// <summary>门类代码: 文书 WS, 会计 KU (KJ is 科技), 人事 RS, 照片 ZP (国家档案局令第13号); 服务 FW and 物资 WZ are local.</summary>
    public static string Code(this ArchiveClass value) => value switch
    {
        ArchiveClass.Documentary => "WS",
        ArchiveClass.Service => "FW",
        ArchiveClass.Accounting => "KU",
        ArchiveClass.Materials => "WZ",
        ArchiveClass.Personnel => "RS",
        ArchiveClass.Photo => "ZP",
        _ => throw new ArgumentOutOfRangeException(nameof(value), value, null),
    };

    public static string Label(this ArchiveClass value) => value switch
    {
        ArchiveClass.Documentary => "文书",
        ArchiveClass.Service => "服务",
        ArchiveClass.Accounting => "会计",
        ArchiveClass.Materials => "物资",
        ArchiveClass.Personnel => "人事",
        ArchiveClass.Photo => "照片",
        _ => throw new ArgumentOutOfRangeException(nameof(value), value, null),
    };

    /// <summary>保管期限代码 as written in the 档号: Y, D30, D10; D5 marks the fixed-asset card's "5 years after disposal".</summary>
    public static string Code(this RetentionPeriod value) => value switch
    {
        RetentionPeriod.Permanent => "Y",
        RetentionPeriod.Years30 => "D30",
        RetentionPeriod.Years10 => "D10",
        RetentionPeriod.FiveYearsAfterDisposal => "D5",
        _ => throw new ArgumentOutOfRangeException(nameof(value), value, null),
    };

    public static string Label(this RetentionPeriod value) => value switch
    {
        RetentionPeriod.Permanent => "永久",
        RetentionPeriod.Years30 => "30年",
        RetentionPeriod.Years10 => "10年",
        RetentionPeriod.FiveYearsAfterDisposal => "报废清理后5年",
        _ => throw new ArgumentOutOfRangeException(nameof(value), value, null),
    };

    /// <summary>Years the period lasts; null for 永久. The disposal-bound period counts from disposal, not the year.</summary>
    public static int? Years(this RetentionPeriod value) => value switch
    {
        RetentionPeriod.Permanent => null,
        RetentionPeriod.Years30 => 30,
        RetentionPeriod.Years10 => 10,
        RetentionPeriod.FiveYearsAfterDisposal => 5,
        _ => throw new ArgumentOutOfRangeException(nameof(value), value, null),
    };

    /// <summary>The shortest standard period (D10, D30, else 永久) that keeps a record at least <paramref name="years"/>
    /// years. Periods are minimums (79号令): rounding down would let a record be destroyed too early, which cannot be undone.</summary>
    public static RetentionPeriod AtLeast(int years) => years switch
    {
        <= 10 => RetentionPeriod.Years10,
        <= 30 => RetentionPeriod.Years30,
        _ => RetentionPeriod.Permanent,
    };

    public static string Label(this ArchiveHandOffStatus value) => value switch
    {
        ArchiveHandOffStatus.Pending => "待归档",
        ArchiveHandOffStatus.Filed => "已归档",
        ArchiveHandOffStatus.Returned => "退回",
        _ => throw new ArgumentOutOfRangeException(nameof(value), value, null),
    };
}
