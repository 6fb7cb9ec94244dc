using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using SocialWorkStation.Platform.Permissions;

namespace SocialWorkStation.Modules.Administration.Features.LoginHistory;

/// <summary>/api/v1/admin/login-history: the 登录历史 page's query.</summary>
internal static class LoginHistoryEndpoints
{
    public static void Map(IEndpointRouteBuilder admin) =>
        admin.MapGet("/login-history", async ([AsParameters] ListLoginEventsQuery q, ListLoginEventsHandler h, CancellationToken ct) =>
                TypedResults.Ok(await h.HandleAsync(q, ct)))
            .RequireAuthorization(PlatformPermissions.LoginHistoryView).WithSummary("登录历史（分页，最新在前）");
}
