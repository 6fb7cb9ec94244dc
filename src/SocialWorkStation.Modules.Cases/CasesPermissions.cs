using SocialWorkStation.Modules.Cases.Features;
using SocialWorkStation.Modules.Cases.Features.Caseload;
using SocialWorkStation.Platform.Identity;
using SocialWorkStation.Platform.Permissions;

namespace SocialWorkStation.Modules.Cases;

public static class CasesPermissions
{
    public const string ClientsView = "cases.clients.view";
    public const string ClientsEdit = "cases.clients.edit";
    /// <summary>See full ID and phone numbers; every reveal is access-logged (C1.3.4).</summary>
    public const string ClientsReveal = "cases.clients.reveal";
    /// <summary>Open every client and case of the station, not only one's own (director, supervisors).</summary>
    public const string ViewAll = "cases.view-all";
    /// <summary>Read service notes marked sensitive.</summary>
    public const string SensitiveView = "cases.sensitive.view";
    /// <summary>Do casework: intake, assessment, plans, service records, reviews, closure requests, follow-ups.</summary>
    public const string Manage = "cases.manage";
    /// <summary>Intake decisions; plans and closures are decided through approval flows naming this permission.</summary>
    public const string Review = "cases.review";
    public const string TemplatesManage = "cases.templates.manage";
    public const string Import = "cases.import";
    public const string Export = "cases.export";
    public const string Dashboard = "cases.dashboard";

    private const string Group = "服务管理";

    internal static IEnumerable<PermissionDefinition> Definitions =>
    [
        new(CasesPermissions.ClientsView, "查看服务对象与个案", Group, ReadOnly: true),
        new(CasesPermissions.ClientsEdit, "登记与编辑服务对象", Group),
        new(CasesPermissions.ClientsReveal, "查看完整身份证号与电话（留痕）", Group, ReadOnly: true),
        new(CasesPermissions.ViewAll, "查看本站全部服务对象档案", Group, ReadOnly: true),
        new(CasesPermissions.SensitiveView, "查看敏感服务记录", Group, ReadOnly: true),
        new(CasesPermissions.Manage, "个案服务（接案、评估、计划、服务记录、结案、回访）", Group),
        new(CasesPermissions.Review, "审核个案（接案意见、服务计划、结案）", Group),
        new(CasesPermissions.TemplatesManage, "评估模板配置", Group),
        new(CasesPermissions.Import, "导入服务对象台账", Group),
        new(CasesPermissions.Export, "导出台账（个案台账、服务台账）", Group, ReadOnly: true),
        new(CasesPermissions.Dashboard, "查看服务统计", Group, ReadOnly: true),
    ];

    internal static IEnumerable<(string Role, string Permission)> DefaultGrants
    {
        get
        {
            foreach (var p in Definitions) yield return (Roles.Director, p.Code);
            foreach (var p in new[] { CasesPermissions.ClientsView, CasesPermissions.ClientsEdit, CasesPermissions.ClientsReveal,
                         CasesPermissions.SensitiveView, CasesPermissions.Manage, CasesPermissions.Import, CasesPermissions.Dashboard })
                yield return (Roles.SocialWorker, p);
            foreach (var p in new[] { CasesPermissions.ClientsView, CasesPermissions.ViewAll, CasesPermissions.SensitiveView,
                         CasesPermissions.Review, CasesPermissions.TemplatesManage, CasesPermissions.Dashboard })
                yield return (Roles.Supervisor, p);
            // Evaluators sample files read-only and masked; county staff see statistics, not people.
            yield return (Roles.Evaluator, CasesPermissions.ClientsView);
            yield return (Roles.Evaluator, CasesPermissions.ViewAll);
            yield return (Roles.Evaluator, CasesPermissions.Dashboard);
            yield return (Roles.County, CasesPermissions.Dashboard);
            // The service ledger masks names and carries no narrative or ID numbers, so it fits "statistics, not people";
            // the case ledger shares the permission but lists only cases CaseAccess opens to the user: none for county staff.
            yield return (Roles.County, CasesPermissions.Export);
        }
    }
}
