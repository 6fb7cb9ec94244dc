using System.ComponentModel.DataAnnotations;

namespace SocialWorkStation.Platform.Common;

/// <summary>Query-string paging shared by the admin lists; the database pages, never the page.
/// Nullable because minimal APIs treat a non-nullable query property as required.</summary>
public abstract record PageQuery
{
    public const int DefaultPageSize = 20;

    [Range(1, 1_000_000, ErrorMessage = "页码须为正整数。")]
    public int? Page { get; set; }

    [Range(1, 100, ErrorMessage = "每页条数须在 1 到 100 之间。")]
    public int? PageSize { get; set; }

    public int PageNumber() => Page ?? 1;
    public int Size() => PageSize ?? DefaultPageSize;
    public int Skip() => (PageNumber() - 1) * Size();
}

public interface IPageInfo
{
    int Total { get; }
    int Page { get; }
    int PageSize { get; }
}

public sealed record Paged<T>(IReadOnlyList<T> Items, int Total, int Page, int PageSize) : IPageInfo;
