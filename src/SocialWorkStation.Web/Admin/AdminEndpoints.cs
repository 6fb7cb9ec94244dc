using SocialWorkStation.Platform.Results;
using SocialWorkStation.Platform.Permissions;
using SocialWorkStation.Web.Admin.Audit;
using SocialWorkStation.Web.Admin.LoginHistory;
using SocialWorkStation.Web.Admin.RolePermissions;
using SocialWorkStation.Web.Admin.Stations;
using SocialWorkStation.Web.Admin.Users;
using SocialWorkStation.Web.Api;

namespace SocialWorkStation.Web.Admin;

/// <summary>/api/v1/admin: thin bindings to the same handlers the 系统管理 pages use; each group requires its permission.</summary>
internal static class AdminEndpoints
{
    public static void MapAdminEndpoints(this IEndpointRouteBuilder api)
    {
        var admin = api.MapGroup("/admin").WithTags("系统管理");

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

        var roles = admin.MapGroup("").RequireAuthorization(PlatformPermissions.RolesManage);
        roles.MapGet("/permissions", (ListRolesHandler h) => TypedResults.Ok(h.Catalogue())).WithSummary("全部权限");
        roles.MapGet("/roles", async (ListRolesHandler h, CancellationToken ct) =>
            TypedResults.Ok(await h.HandleAsync(ct))).WithSummary("角色及其权限");
        roles.MapGet("/roles/{id:guid}", async (Guid id, ListRolesHandler h, CancellationToken ct) =>
            (await h.GetAsync(id, ct)).ToHttp()).WithSummary("角色详情");
        roles.MapPut("/roles/{id:guid}/permissions", async (Guid id, UpdateRolePermissionsRequest r, UpdateRolePermissionsHandler h,
            CancellationToken ct) => (await h.HandleAsync(id, r, ct)).ToHttp()).WithSummary("替换角色的权限");

        admin.MapGet("/login-history", async ([AsParameters] ListLoginEventsQuery q, ListLoginEventsHandler h, CancellationToken ct) =>
                TypedResults.Ok(await h.HandleAsync(q, ct)))
            .RequireAuthorization(PlatformPermissions.LoginHistoryView).WithSummary("登录历史（分页，最新在前）");

        var audit = admin.MapGroup("/audit").RequireAuthorization(PlatformPermissions.AuditView);
        audit.MapGet("", async ([AsParameters] ListAuditQuery q, ListAuditEntriesHandler h, CancellationToken ct) =>
            (await h.HandleAsync(q, ct)).ToHttp()).WithSummary("审计日志（分页，最新在前）");
        audit.MapPost("/verify", async (VerifyAuditChainHandler h, CancellationToken ct) =>
            TypedResults.Ok(await h.HandleAsync(ct))).WithSummary("校验审计链（哈希链完整性）");

        var stations = admin.MapGroup("/stations").RequireAuthorization(PlatformPermissions.StationsManage);
        stations.MapGet("", async ([AsParameters] ListStationsQuery q, StationAdminHandler h, CancellationToken ct) =>
            TypedResults.Ok(await h.ListAsync(q, ct))).WithSummary("社工站列表");
        stations.MapPost("", async (CreateStationRequest r, StationAdminHandler h, CancellationToken ct) =>
            (await h.CreateAsync(r, ct)).ToHttp(s => TypedResults.Created($"/api/v1/admin/stations/{s.Id}", s)))
            .WithSummary("新建社工站");
        stations.MapPost("/{id:guid}/deactivate", async (Guid id, StationAdminHandler h, CancellationToken ct) =>
            (await h.SetActiveAsync(id, false, ct)).ToHttp()).WithSummary("停用社工站");
        stations.MapPost("/{id:guid}/activate", async (Guid id, StationAdminHandler h, CancellationToken ct) =>
            (await h.SetActiveAsync(id, true, ct)).ToHttp()).WithSummary("重新启用社工站");
    }
}

internal static class AdminServices
{
    public static IServiceCollection AddAdmin(this IServiceCollection services)
    {
        services.AddScoped<UserDirectory>();
        services.AddScoped<ListUsersHandler>();
        services.AddScoped<CreateUserHandler>();
        services.AddScoped<UpdateUserHandler>();
        services.AddScoped<UserAccountActionsHandler>();
        services.AddScoped<ListRolesHandler>();
        services.AddScoped<UpdateRolePermissionsHandler>();
        services.AddScoped<ListLoginEventsHandler>();
        services.AddScoped<ListAuditEntriesHandler>();
        services.AddScoped<VerifyAuditChainHandler>();
        services.AddScoped<StationAdminHandler>();
        return services;
    }
}
