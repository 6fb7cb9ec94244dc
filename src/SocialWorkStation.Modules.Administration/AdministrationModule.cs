using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SocialWorkStation.Modules.Administration.Features.Approvals.Decisions;
using SocialWorkStation.Modules.Administration.Features.Approvals.Flows;
using SocialWorkStation.Modules.Administration.Features.Approvals.Requests;
using SocialWorkStation.Modules.Administration.Features.ArchiveHandOffs;
using SocialWorkStation.Modules.Administration.Features.AccessLog;
using SocialWorkStation.Modules.Administration.Features.Audit;
using SocialWorkStation.Modules.Administration.Features.LoginHistory;
using SocialWorkStation.Modules.Administration.Features.RolePermissions;
using SocialWorkStation.Modules.Administration.Features.SecurityCheck;
using SocialWorkStation.Modules.Administration.Features.Stations;
using SocialWorkStation.Modules.Administration.Features.Users;
using SocialWorkStation.Platform.Common;
using SocialWorkStation.Platform.Modules;
using SocialWorkStation.Platform.Permissions;

namespace SocialWorkStation.Modules.Administration;

/// <summary>系统管理, approvals and 待归档: the pages and API over the platform's own records (users, roles, stations,
/// login events, the audit chain, approval flows and requests, archive hand-offs). It owns no tables and declares no
/// permissions: the records and the permission codes belong to Platform, whose services check them too (ADR 015).</summary>
public sealed class AdministrationModule : AppModule
{
    public override string Name => "admin";

    public override IEnumerable<MenuEntry> Entries =>
    [
        new(Chapters.Archives, "待归档", "/archives/handoffs", PlatformPermissions.ArchivesHandOffView, 0),
        new(Chapters.System, "社工站", "/admin/stations", PlatformPermissions.StationsManage, 0),
        new(Chapters.System, "用户管理", "/admin/users", PlatformPermissions.UsersManage, 1),
        new(Chapters.System, "角色与权限", "/admin/roles", PlatformPermissions.RolesManage, 2),
        new(Chapters.System, "审批流程", "/admin/approval-flows", PlatformPermissions.ApprovalFlowsManage, 3),
        new(Chapters.System, "登录历史", "/admin/login-history", PlatformPermissions.LoginHistoryView, 4),
        new(Chapters.System, "审计日志", "/admin/audit", PlatformPermissions.AuditView, 5),
        new(Chapters.System, "访问日志", "/admin/access-log", PlatformPermissions.AuditView, 6),
        new(Chapters.System, "安全自查", "/admin/security-check", PlatformPermissions.AuditView, 7),
    ];

    public override void AddServices(IServiceCollection services, IConfiguration config) =>
        services.AddScoped<UserDirectory>();

    /// <summary>No tables of its own (scanning the assembly for configurations would log a warning at every start).</summary>
    public override void ConfigureModel(ModelBuilder builder) { }

    public override void MapEndpoints(IEndpointRouteBuilder api)
    {
        var admin = api.MapGroup("/admin").WithTags("系统管理");
        UserEndpoints.Map(admin);
        RolePermissionsEndpoints.Map(admin);
        LoginHistoryEndpoints.Map(admin);
        AuditEndpoints.Map(admin);
        SecurityCheckEndpoints.Map(admin);
        AccessLogEndpoints.Map(admin);
        StationEndpoints.Map(admin);

        var approvals = api.MapGroup("/approvals").WithTags("审批");
        RequestEndpoints.Map(approvals);
        DecisionEndpoints.Map(approvals);
        FlowEndpoints.Map(api);

        ArchiveHandOffEndpoints.Map(api);
    }
}
