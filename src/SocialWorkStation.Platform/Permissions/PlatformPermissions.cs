using SocialWorkStation.Platform.Identity;

namespace SocialWorkStation.Platform.Permissions;

public static class PlatformPermissions
{
    public const string UsersManage = "system.users.manage";
    public const string RolesManage = "system.roles.manage";
    public const string StationsManage = "system.stations.manage";
    public const string LoginHistoryView = "system.login-history.view";
    public const string AuditView = "system.audit.view";
    public const string ApprovalFlowsManage = "system.approval-flows.manage";
    /// <summary>Read across every station of the user's county centre, and for a city bureau those of its county centres.</summary>
    public const string CountyOversight = "county.oversight";
    public const string ApprovalsSubmit = "approvals.submit";
    public const string ApprovalsViewAll = "approvals.view-all";
    public const string AttachmentsUpload = "attachments.upload";
    /// <summary>待归档: the record sets modules handed over, with their files (case files included, whole: what is filed
    /// must be complete, C8.2.3). Station director and archivist by default; not the administrator (C1.3.4).</summary>
    public const string ArchivesHandOffView = "archives.handoff.view";
}

internal sealed class PlatformPermissionProvider : IPermissionProvider
{
    private const string System = "系统管理";
    private const string Work = "日常办公";
    private const string Archives = "档案管理";

    public IEnumerable<PermissionDefinition> Permissions =>
    [
        new(PlatformPermissions.UsersManage, "用户管理", System, RequiresTwoFactor: true),
        new(PlatformPermissions.RolesManage, "角色与权限管理", System, RequiresTwoFactor: true),
        new(PlatformPermissions.StationsManage, "社工站管理", System, RequiresTwoFactor: true),
        new(PlatformPermissions.LoginHistoryView, "查看登录历史", System, ReadOnly: true, RequiresTwoFactor: true),
        new(PlatformPermissions.AuditView, "查看审计日志", System, ReadOnly: true, RequiresTwoFactor: true),
        new(PlatformPermissions.ApprovalFlowsManage, "审批流程配置", System),
        new(PlatformPermissions.CountyOversight, "查看本县（市）全部社工站", System, ReadOnly: true),
        new(PlatformPermissions.ApprovalsSubmit, "提交审批申请", Work),
        new(PlatformPermissions.ApprovalsViewAll, "查看本站全部审批", Work, ReadOnly: true),
        new(PlatformPermissions.AttachmentsUpload, "上传附件", Work),
        new(PlatformPermissions.ArchivesHandOffView, "查看待归档记录及其文件", Archives, ReadOnly: true),
    ];

    public IEnumerable<(string Role, string Permission)> DefaultGrants
    {
        get
        {
            // The three administrators each hold their own duty (三权分立, SeparationOfDuties). The 系统管理员 also configures
            // approval flows and sees the county's stations, but not the casework: the archive hand-off opens whole case files.
            foreach (var duty in SeparationOfDuties.Duties)
                foreach (var permission in duty.Permissions) yield return (duty.Role, permission);
            // The 审计管理员 reads the trail of every station of the county (with no other permission, that is all it reads).
            yield return (Roles.AuditAdmin, PlatformPermissions.CountyOversight);
            yield return (Roles.Admin, PlatformPermissions.ApprovalFlowsManage);
            yield return (Roles.Admin, PlatformPermissions.CountyOversight);
            yield return (Roles.Admin, PlatformPermissions.ApprovalsSubmit);
            yield return (Roles.Admin, PlatformPermissions.ApprovalsViewAll);
            yield return (Roles.Admin, PlatformPermissions.AttachmentsUpload);
            foreach (var role in Roles.All.Except([Roles.Admin, Roles.SecurityAdmin, Roles.AuditAdmin, Roles.Evaluator, Roles.County]))
            {
                yield return (role, PlatformPermissions.ApprovalsSubmit);
                yield return (role, PlatformPermissions.AttachmentsUpload);
            }
            yield return (Roles.Director, PlatformPermissions.ApprovalsViewAll);
            yield return (Roles.Director, PlatformPermissions.ApprovalFlowsManage);
            yield return (Roles.Director, PlatformPermissions.ArchivesHandOffView);
            yield return (Roles.Archivist, PlatformPermissions.ArchivesHandOffView);
            yield return (Roles.InformationOfficer, PlatformPermissions.AuditView);
            yield return (Roles.InformationOfficer, PlatformPermissions.LoginHistoryView);
            yield return (Roles.County, PlatformPermissions.CountyOversight);
            yield return (Roles.County, PlatformPermissions.ApprovalsViewAll);
            yield return (Roles.Evaluator, PlatformPermissions.ApprovalsViewAll);
        }
    }
}
