namespace SocialWorkStation.Platform.Common;

/// <summary>The left menu's chapters, in the order of the regulations.</summary>
public static class Chapters
{
    public const string Services = "服务管理";
    public const string Personnel = "人员管理";
    public const string Finance = "财务管理";
    public const string Materials = "物资管理";
    public const string Quality = "质量监督";
    public const string Information = "信息管理";
    public const string Archives = "档案管理";
    public const string System = "系统管理";
    public static readonly IReadOnlyList<string> Ordered = [Services, Personnel, Finance, Materials, Quality, Information, Archives, System];
}

/// <summary>A page in the left menu; shown only to users holding <see cref="Permission"/>.</summary>
public sealed record MenuEntry(string Chapter, string Title, string Href, string? Permission, int Order = 0);

public interface IMenuProvider
{
    IEnumerable<MenuEntry> Entries { get; }
}
