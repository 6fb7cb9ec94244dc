using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using SocialWorkStation.Platform.Permissions;
using SocialWorkStation.Platform.Results;

namespace SocialWorkStation.Modules.Administration.Features.RolePermissions;

/// <summary>/api/v1/admin/permissions and /api/v1/admin/roles: the same handlers as the 角色与权限 pages.</summary>
internal static class RolePermissionsEndpoints
{
    public static void Map(IEndpointRouteBuilder admin)
    {
        var roles = admin.MapGroup("").RequireAuthorization(PlatformPermissions.RolesManage);
        roles.MapGet("/permissions", (ListRolesHandler h) => TypedResults.Ok(h.Catalogue())).WithSummary("全部权限");
        roles.MapGet("/roles", async (ListRolesHandler h, CancellationToken ct) =>
            TypedResults.Ok(await h.HandleAsync(ct))).WithSummary("角色及其权限");
        roles.MapGet("/roles/{id:guid}", async (Guid id, ListRolesHandler h, CancellationToken ct) =>
            (await h.GetAsync(id, ct)).ToHttp()).WithSummary("角色详情");
        roles.MapPut("/roles/{id:guid}/permissions", async (Guid id, UpdateRolePermissionsRequest r, UpdateRolePermissionsHandler h,
            CancellationToken ct) => (await h.HandleAsync(id, r, ct)).ToHttp()).WithSummary("替换角色的权限");
    }
}
