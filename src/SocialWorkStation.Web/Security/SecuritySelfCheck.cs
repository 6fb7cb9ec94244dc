using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using SocialWorkStation.Data;
using SocialWorkStation.Platform.Audit;
using SocialWorkStation.Platform.Identity;
using SocialWorkStation.Platform.Permissions;
using SocialWorkStation.Platform.Security;

namespace SocialWorkStation.Web.Security;

/// <summary>安全自查 (C7.3.3, issue 10): the controls an information officer checks by hand, each pass or fail with the
/// reason. Reads the database (users, roles, logins, key ring), the files beside the key (checkpoints, last verification,
/// last backup) and the configuration; changes nothing.</summary>
internal sealed class SecuritySelfCheck(AppDbContext db, PermissionCatalog catalog, AuditCheckpoints checkpoints, IAuditSealer sealer,
    IConfiguration config, IHostEnvironment env, TimeProvider clock) : ISecuritySelfCheck
{
    public const int InactiveDays = 90;
    /// <summary>网络安全法 Art. 21: network logs are kept for at least six months.</summary>
    public const int MinimumLogRetentionDays = 180;

    public async Task<SelfCheckReport> RunAsync(CancellationToken ct = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var items = new List<SelfCheckItem>
        {
            await TwoFactorAsync(ct),
            await SeparationOfDutiesAsync(ct),
            await InactiveAccountsAsync(now, ct),
            LastBackup(now),
            await LastVerificationAsync(now, ct),
            await KeyRingAsync(ct),
            LogRetention(),
            await LogTablesAsync(ct),
            Tls(),
        };
        return new SelfCheckReport(now, items);
    }

    private async Task<SelfCheckItem> TwoFactorAsync(CancellationToken ct)
    {
        const string name = "管理员及可查看完整身份信息、导出、管理系统的账号已启用双因素认证";
        var grants = await db.RolePermissions.AsNoTracking().Select(p => new { p.RoleId, p.Permission }).ToListAsync(ct);
        var roles = grants.Where(g => catalog.RequiresTwoFactor(g.Permission)).Select(g => g.RoleId)
            .Concat(await db.Roles.Where(r => r.Name == Roles.Admin).Select(r => r.Id).ToListAsync(ct)).Distinct().ToList();
        var missing = await db.Users.AsNoTracking()
            .Where(u => u.IsActive && !u.TwoFactorEnabled && db.UserRoles.Any(ur => ur.UserId == u.Id && roles.Contains(ur.RoleId)))
            .OrderBy(u => u.UserName).Select(u => u.UserName!).ToListAsync(ct);
        return missing.Count == 0
            ? new(name, true, "全部已启用。")
            : new(name, false, $"{missing.Count} 个账号未启用：{Names(missing)}。");
    }

    /// <summary>三权分立: each of the three duties has an enabled account, and no enabled account holds two.</summary>
    private async Task<SelfCheckItem> SeparationOfDutiesAsync(CancellationToken ct)
    {
        const string name = "三权分立：系统管理员、安全管理员、审计管理员由不同账号担任";
        var held = await (from u in db.Users.AsNoTracking()
                          join ur in db.UserRoles on u.Id equals ur.UserId
                          join p in db.RolePermissions on ur.RoleId equals p.RoleId
                          where u.IsActive
                          select new { u.UserName, p.Permission }).Distinct().ToListAsync(ct);
        var accounts = held.GroupBy(h => h.UserName!).Select(g => (User: g.Key, Duties: SeparationOfDuties.DutiesOf(g.Select(h => h.Permission)))).ToList();
        var combining = accounts.Where(a => a.Duties.Count > 1).Select(a => a.User).Order().ToList();
        var vacant = SeparationOfDuties.Duties.Where(d => !accounts.Any(a => a.Duties.Contains(d))).Select(d => d.Role).ToList();
        var problems = new List<string>();
        if (combining.Count > 0) problems.Add($"{combining.Count} 个账号兼任多项管理职责：{Names(combining)}");
        if (vacant.Count > 0) problems.Add($"尚无启用的{string.Join("、", vacant)}账号（由系统管理员在用户管理中创建）");
        return problems.Count == 0
            ? new(name, true, "三项职责均有账号担任，且没有账号兼任。")
            : new(name, false, string.Join("；", problems) + "。");
    }

    private async Task<SelfCheckItem> InactiveAccountsAsync(DateTime now, CancellationToken ct)
    {
        const string name = "90 天未登录的账号已停用";
        var since = now.AddDays(-InactiveDays);
        var idle = await db.Users.AsNoTracking()
            .Where(u => u.IsActive && u.CreatedAt < since && !db.LoginEvents.Any(e => e.UserId == u.Id && e.Succeeded && e.At >= since))
            .OrderBy(u => u.UserName).Select(u => u.UserName!).ToListAsync(ct);
        return idle.Count == 0
            ? new(name, true, "没有长期未登录仍启用的账号。")
            : new(name, false, $"{idle.Count} 个账号 {InactiveDays} 天未登录仍启用：{Names(idle)}。");
    }

    private SelfCheckItem LastBackup(DateTime now)
    {
        const string name = "最近一次备份";
        var marker = BackupMarker.PathFor(config, env);
        var maxHours = config.GetValue("Backup:MaxAgeHours", 26);
        if (!File.Exists(marker)) return new(name, false, $"没有备份记录（{marker}）。请每日备份（backup 命令，或 pg_dump 后更新该文件）。");
        var age = now - File.GetLastWriteTimeUtc(marker);
        return new(name, age <= TimeSpan.FromHours(maxHours), $"{age.TotalHours:0.#} 小时前（应不超过 {maxHours} 小时）。");
    }

    private async Task<SelfCheckItem> LastVerificationAsync(DateTime now, CancellationToken ct)
    {
        const string name = "最近一次审计日志校验";
        var last = await checkpoints.LastVerificationAsync(ct);
        if (last is null) return new(name, false, "尚未校验过审计日志（verify-audit 命令或审计日志页的“校验”）。");
        var age = now - last.At;
        var fresh = age <= TimeSpan.FromDays(config.GetValue("Audit:MaxVerificationAgeDays", 7));
        return new(name, last.Intact && fresh, $"{age.TotalDays:0.#} 天前，结果：{(last.Intact ? "完整" : "发现篡改")}。");
    }

    private async Task<SelfCheckItem> KeyRingAsync(CancellationToken ct)
    {
        const string name = "登录密钥环受库外密钥保护";
        var keys = await db.DataProtectionKeys.AsNoTracking().Select(k => k.Xml ?? "").ToListAsync(ct);
        var plain = keys.Count(x => !x.Contains("<encryptedKey", StringComparison.Ordinal));
        var source = config["Protection:Key"] is { Length: > 0 } ? "Protection:Key（配置）" : "密钥文件 " + (config["Protection:KeyFile"] ?? "./data/protection.key");
        return plain == 0
            ? new(name, true, $"{keys.Count} 个密钥均已加密，主密钥来自{source}。")
            : new(name, false, $"{plain} 个密钥未加密保存在数据库中。");
    }

    private SelfCheckItem LogRetention()
    {
        const string name = "日志保留不少于 6 个月（网络安全法第二十一条）";
        // The app never deletes audit, access or login rows; an operator's own log shipping states its retention here.
        var days = config.GetValue<int?>("Logging:RetentionDays");
        return days is null or >= MinimumLogRetentionDays
            ? new(name, true, days is null ? "审计、访问与登录日志只追加、不删除。" : $"配置保留 {days} 天。")
            : new(name, false, $"配置保留 {days} 天，少于 {MinimumLogRetentionDays} 天。");
    }

    private async Task<SelfCheckItem> LogTablesAsync(CancellationToken ct)
    {
        const string name = "应用数据库账号不能修改或删除日志";
        return await sealer.CanAlterLogTablesAsync(ct) switch
        {
            null => new(name, true, "嵌入式数据库：应用只追加日志，链与库外检查点发现改动。"),
            false => new(name, true, "应用账号对日志表只有 SELECT/INSERT。"),
            true => new(name, false, "应用账号可以 UPDATE/DELETE/TRUNCATE 日志表：请按 docs/security-audit.md 使用两个数据库角色。"),
        };
    }

    private SelfCheckItem Tls() => config.GetValue("Security:Https", false)
        ? new("HTTPS（TLS）", true, "已启用：HTTP 跳转到 HTTPS，HSTS，Cookie 仅经 HTTPS 发送。")
        : new("HTTPS（TLS）", false, "未启用（Security:Https=false）：口令与会话以明文传输。请按部署文档配置 TLS。");

    private static string Names(List<string> names) => string.Join("、", names.Take(10)) + (names.Count > 10 ? " 等" : "");
}

/// <summary>The file whose time says when the last backup was made: the backup command touches it; a PostgreSQL
/// deployment touches it after its pg_dump (docs/security.md).</summary>
internal static class BackupMarker
{
    public static string PathFor(IConfiguration config, IHostEnvironment env) =>
        System.IO.Path.GetFullPath(config["Backup:MarkerFile"] ?? "./data/last-backup", env.ContentRootPath);

    public static void Touch(IConfiguration config, IHostEnvironment env)
    {
        var path = PathFor(config, env);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        File.WriteAllText(path, DateTime.UtcNow.ToString("O"));
    }
}
