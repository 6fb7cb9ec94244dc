using SocialWorkStation.Platform.Identity;
using SocialWorkStation.Platform.Permissions;

namespace SocialWorkStation.Modules.Rectification;

public static class RectificationPermissions
{
    /// <summary>Open 整改跟踪 at all; without <see cref="ViewAll"/> only findings with one of one's own actions.</summary>
    public const string View = "rectification.view";
    /// <summary>Every finding of the stations one sees (director, supervisors, county staff, evaluators): complaints
    /// about a colleague are not for the whole station.</summary>
    public const string ViewAll = "rectification.view-all";
    /// <summary>Raise findings, set corrective actions and owners, close (销号).</summary>
    public const string Manage = "rectification.manage";
    /// <summary>Be named owner of a corrective action, upload its evidence and report it done.</summary>
    public const string Act = "rectification.act";
    /// <summary>Verify completed actions or send them back (never one's own, see CorrectiveAction.MayBeVerifiedBy).</summary>
    public const string Verify = "rectification.verify";

    private const string Group = "质量监督";

    /// <summary>Everyone who works in a station (not the system administrator, county staff or evaluators).</summary>
    private static readonly string[] StationStaff =
        [Roles.Director, Roles.SocialWorker, Roles.Supervisor, Roles.Finance, Roles.MaterialsKeeper, Roles.Archivist, Roles.Hr, Roles.InformationOfficer];

    internal static IEnumerable<PermissionDefinition> Definitions =>
    [
        new(View, "查看整改跟踪", Group, ReadOnly: true),
        new(ViewAll, "查看本站全部整改问题", Group, ReadOnly: true),
        new(Manage, "登记整改问题、制定措施与销号", Group),
        new(Act, "承担整改措施（上传佐证、提交完成）", Group),
        new(Verify, "验证整改措施", Group),
    ];

    internal static IEnumerable<(string Role, string Permission)> DefaultGrants
    {
        get
        {
            foreach (var role in StationStaff)
            {
                yield return (role, View);
                yield return (role, Act);
            }
            // Who finds problems and follows them up: the director and supervisors (C6.1.1, C6.3.2), finance for audits
            // (C4.4.2), the information officer for security checks (C7.3.3).
            foreach (var role in new[] { Roles.Director, Roles.Supervisor, Roles.Finance, Roles.InformationOfficer })
            {
                yield return (role, ViewAll);
                yield return (role, Manage);
            }
            yield return (Roles.Director, Verify);
            yield return (Roles.Supervisor, Verify);
            // County staff oversee their stations' rectification read-only; evaluators check their own findings were rectified.
            foreach (var role in new[] { Roles.County, Roles.Evaluator })
            {
                yield return (role, View);
                yield return (role, ViewAll);
            }
        }
    }
}
