using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using SocialWorkStation.Platform.Permissions;

namespace SocialWorkStation.Modules.Administration.Features.SecurityCheck;

/// <summary>/api/v1/admin/security-check: the 安全自查 page's report.</summary>
internal static class SecurityCheckEndpoints
{
    public static void Map(IEndpointRouteBuilder admin) =>
        admin.MapGet("/security-check", async (RunSecurityCheckHandler h, CancellationToken ct) => TypedResults.Ok(await h.HandleAsync(ct)))
            .RequireAuthorization(PlatformPermissions.AuditView).WithSummary("安全自查：双因素、长期未登录账号、备份、审计校验、密钥、日志保留、TLS");
}
