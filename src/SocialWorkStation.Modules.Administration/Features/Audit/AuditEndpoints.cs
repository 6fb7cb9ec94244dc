using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using SocialWorkStation.Platform.Permissions;
using SocialWorkStation.Platform.Results;

namespace SocialWorkStation.Modules.Administration.Features.Audit;

/// <summary>/api/v1/admin/audit: the 审计日志 page's list and chain check.</summary>
internal static class AuditEndpoints
{
    public static void Map(IEndpointRouteBuilder admin)
    {
        var audit = admin.MapGroup("/audit").RequireAuthorization(PlatformPermissions.AuditView);
        audit.MapGet("", async ([AsParameters] ListAuditQuery q, ListAuditEntriesHandler h, CancellationToken ct) =>
            (await h.HandleAsync(q, ct)).ToHttp()).WithSummary("审计日志（分页，最新在前）");
        audit.MapPost("/verify", async (VerifyAuditChainHandler h, CancellationToken ct) =>
            TypedResults.Ok(await h.HandleAsync(ct))).WithSummary("校验审计链（哈希链完整性）");
    }
}
