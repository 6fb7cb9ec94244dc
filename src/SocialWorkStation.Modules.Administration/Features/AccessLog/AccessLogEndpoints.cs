using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using SocialWorkStation.Platform.Permissions;
using SocialWorkStation.Platform.Results;

namespace SocialWorkStation.Modules.Administration.Features.AccessLog;

/// <summary>/api/v1/admin/access-log: the 访问日志 page's list (same permission as the audit trail).</summary>
internal static class AccessLogEndpoints
{
    public static void Map(IEndpointRouteBuilder admin) =>
        admin.MapGet("/access-log", async ([AsParameters] ListAccessLogQuery q, ListAccessLogHandler h, CancellationToken ct) =>
                (await h.HandleAsync(q, ct)).ToHttp())
            .RequireAuthorization(PlatformPermissions.AuditView).WithSummary("访问日志（分页，最新在前）");
}
