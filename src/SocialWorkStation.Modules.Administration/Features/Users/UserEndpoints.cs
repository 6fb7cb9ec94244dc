using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using SocialWorkStation.Platform.Permissions;
using SocialWorkStation.Platform.Results;

namespace SocialWorkStation.Modules.Administration.Features.Users;

/// <summary>/api/v1/admin/users: thin bindings to the handlers the 用户管理 pages use.</summary>
internal static class UserEndpoints
{
    public static void Map(IEndpointRouteBuilder admin)
    {
        var users = admin.MapGroup("/users").RequireAuthorization(PlatformPermissions.UsersManage);
        users.MapGet("", async ([AsParameters] ListUsersQuery q, ListUsersHandler h, CancellationToken ct) =>
            TypedResults.Ok(await h.HandleAsync(q, ct))).WithSummary("用户列表（分页、搜索）");
        users.MapGet("/{id:guid}", async (Guid id, UserDirectory h, CancellationToken ct) =>
            (await h.GetAsync(id, ct)).ToHttp()).WithSummary("用户详情");
        users.MapPost("", async (CreateUserRequest r, CreateUserHandler h, CancellationToken ct) =>
            (await h.HandleAsync(r, ct)).ToHttp(u => TypedResults.Created($"/api/v1/admin/users/{u.Id}", u)))
            .WithSummary("新建用户");
        users.MapPut("/{id:guid}", async (Guid id, UpdateUserRequest r, UpdateUserHandler h, CancellationToken ct) =>
            (await h.HandleAsync(id, r, ct)).ToHttp()).WithSummary("修改用户姓名、角色、社工站与访问期限");
        users.MapPost("/{id:guid}/disable", async (Guid id, UserAccountActionsHandler h, CancellationToken ct) =>
            (await h.SetActiveAsync(id, false, ct)).ToHttp()).WithSummary("停用用户");
        users.MapPost("/{id:guid}/enable", async (Guid id, UserAccountActionsHandler h, CancellationToken ct) =>
            (await h.SetActiveAsync(id, true, ct)).ToHttp()).WithSummary("启用用户");
        users.MapPost("/{id:guid}/reset-password", async (Guid id, ResetPasswordRequest r, UserAccountActionsHandler h, CancellationToken ct) =>
            (await h.ResetPasswordAsync(id, r, ct)).ToHttp()).WithSummary("重置密码（同时解除锁定）");
        users.MapPost("/{id:guid}/unlock", async (Guid id, UserAccountActionsHandler h, CancellationToken ct) =>
            (await h.UnlockAsync(id, ct)).ToHttp()).WithSummary("解除锁定");
        users.MapPost("/{id:guid}/enrolment-code", async (Guid id, IssueEnrolmentCodeHandler h, CancellationToken ct) =>
            (await h.HandleAsync(id, ct)).ToHttp()).WithSummary("签发绑定码（绑定身份验证器用，仅显示一次，24 小时有效）");
    }
}
