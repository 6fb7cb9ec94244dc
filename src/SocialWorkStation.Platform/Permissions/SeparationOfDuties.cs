using SocialWorkStation.Platform.Identity;

namespace SocialWorkStation.Platform.Permissions;

/// <summary>三权分立 (等保 L3 separation of administrative duties, issue 10, docs/adr/017): administering accounts and
/// stations, administering roles and permissions, and reading the audit records are three jobs. A role may carry the
/// permissions of one of them at most, and an account's roles together too — so nobody grants themselves what they
/// administer, or reads the trail of their own administration without a second person. Checked when a role's permissions
/// change (every holder included) and when a user's roles are assigned; the self-check reports accounts that still
/// combine two (an upgraded installation's, until the 系统管理员 splits them).</summary>
public static class SeparationOfDuties
{
    public sealed record Duty(string Role, string Job, IReadOnlyList<string> Permissions);

    public static readonly IReadOnlyList<Duty> Duties =
    [
        new(Roles.Admin, "账号与社工站管理", [PlatformPermissions.UsersManage, PlatformPermissions.StationsManage]),
        new(Roles.SecurityAdmin, "角色与权限管理", [PlatformPermissions.RolesManage]),
        new(Roles.AuditAdmin, "审计日志、访问日志与登录历史查看", [PlatformPermissions.AuditView, PlatformPermissions.LoginHistoryView]),
    ];

    /// <summary>The duties a set of permissions touches.</summary>
    public static IReadOnlyList<Duty> DutiesOf(IEnumerable<string> permissions)
    {
        var held = permissions.ToHashSet();
        return Duties.Where(d => d.Permissions.Any(held.Contains)).ToList();
    }

    /// <summary>The reason a set of permissions may not be held together, or null when it may.</summary>
    public static string? Conflict(IEnumerable<string> permissions) =>
        DutiesOf(permissions) is { Count: > 1 } duties
            ? $"三权分立：{string.Join("、", duties.Select(d => $"{d.Role}（{d.Job}）"))}的职责不能由同一角色或同一账号兼任。"
            : null;

    /// <summary>The duty whose role this is, when it is one of the three: the role keeps that duty's permissions, or
    /// nobody could do the job any more.</summary>
    public static Duty? OfRole(string? roleName) => Duties.FirstOrDefault(d => d.Role == roleName);
}
