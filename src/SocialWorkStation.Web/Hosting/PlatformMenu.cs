using SocialWorkStation.Platform.Common;
using SocialWorkStation.Platform.Permissions;

namespace SocialWorkStation.Web.Hosting;

internal sealed class PlatformMenu : IMenuProvider
{
    public IEnumerable<MenuEntry> Entries =>
    [
        new(Chapters.Archives, "待归档", "/archives/handoffs", PlatformPermissions.ArchivesHandOffView, 0),
        new(Chapters.System, "社工站", "/admin/stations", PlatformPermissions.StationsManage, 0),
        new(Chapters.System, "用户管理", "/admin/users", PlatformPermissions.UsersManage, 1),
        new(Chapters.System, "角色与权限", "/admin/roles", PlatformPermissions.RolesManage, 2),
        new(Chapters.System, "审批流程", "/admin/approval-flows", PlatformPermissions.ApprovalFlowsManage, 3),
        new(Chapters.System, "登录历史", "/admin/login-history", PlatformPermissions.LoginHistoryView, 4),
        new(Chapters.System, "审计日志", "/admin/audit", PlatformPermissions.AuditView, 5),
    ];
}
