using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using SocialWorkStation.Platform;
using SocialWorkStation.Platform.Common;
using SocialWorkStation.Platform.Identity;
using SocialWorkStation.Ui;

namespace SocialWorkStation.Modules.Administration.Features.Users;

public sealed record ListUsersQuery : PageQuery
{
    /// <summary>Part of the user name or display name.</summary>
    [MaxLength(64, ErrorMessage = "搜索内容最长 64 个字符。")]
    public string? Search { get; set; }
}

internal sealed class ListUsersHandler(IPlatformDb db, UserDirectory directory, ICurrentUser me)
{
    public async Task<Paged<UserSummary>> HandleAsync(ListUsersQuery q, CancellationToken ct)
    {
        var users = db.Users.AsNoTracking().Where(u => u.OrganisationId == me.OrganisationId);
        if (!string.IsNullOrWhiteSpace(q.Search))
        {
            var text = q.Search.Trim();
            // Normalised names are upper case on both providers, so this part of the search ignores case.
            var upper = text.ToUpperInvariant();
            users = users.Where(u => u.NormalizedUserName!.Contains(upper) || u.DisplayName.Contains(text));
        }
        var total = await users.CountAsync(ct);
        var page = await users.OrderBy(u => u.UserName).Skip(q.Skip()).Take(q.Size()).ToListAsync(ct);
        return new Paged<UserSummary>(await directory.DescribeAsync(page, ct), total, q.PageNumber(), q.Size());
    }
}
