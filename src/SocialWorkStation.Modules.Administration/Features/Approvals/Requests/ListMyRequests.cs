using Microsoft.EntityFrameworkCore;
using SocialWorkStation.Platform;
using SocialWorkStation.Platform.Approvals;
using SocialWorkStation.Platform.Identity;

namespace SocialWorkStation.Modules.Administration.Features.Approvals.Requests;

public sealed record ApprovalPage(IReadOnlyList<ApprovalSummary> Items, int Total, int Page, int PageSize);

/// <summary>我的申请: the current user's requests in the stations they see, newest first, paged in the database.</summary>
public sealed class ListMyRequestsHandler(IPlatformDb db, ICurrentUser user)
{
    public const int MaxPageSize = 100;

    public async Task<ApprovalPage> HandleAsync(int? page, int? pageSize, ApprovalStatus? status, CancellationToken ct = default)
    {
        var size = Math.Clamp(pageSize ?? 20, 1, MaxPageSize);
        var number = Math.Clamp(page ?? 1, 1, 1_000_000); // (page-1)*size must not overflow
        var query = db.ApprovalRequests.AsNoTracking().Where(r => r.RequesterId == user.Id);
        if (status is { } s) query = query.Where(r => r.Status == s);
        var total = await query.CountAsync(ct);
        var items = await query.OrderByDescending(r => r.SubmittedAt).ThenByDescending(r => r.Id)
            .Skip((number - 1) * size).Take(size).ToSummaries().ToListAsync(ct);
        return new ApprovalPage(items, total, number, size);
    }
}
