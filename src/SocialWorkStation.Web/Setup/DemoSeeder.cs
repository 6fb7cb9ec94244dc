using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using SocialWorkStation.Data;
using SocialWorkStation.Platform.Identity;
using SocialWorkStation.Platform.Stations;

namespace SocialWorkStation.Web.Setup;

/// <summary>Demo:Seed=true on an empty database: a county centre, three stations, one account per role.
/// Passwords are generated and printed once; nothing is a default password.</summary>
public sealed class DemoSeeder(AppDbContext db, InstallationService installation, ILogger<DemoSeeder> log)
{
    private static readonly (string User, string Name, string Role)[] Accounts =
    [
        ("admin", "系统管理员", Roles.Admin), ("security", "安全管理员", Roles.SecurityAdmin),
        ("auditor", "审计管理员", Roles.AuditAdmin), ("director", "王站长", Roles.Director), ("worker", "李社工", Roles.SocialWorker),
        ("supervisor", "张督导", Roles.Supervisor), ("finance", "赵财务", Roles.Finance), ("keeper", "钱物资", Roles.MaterialsKeeper),
        ("archivist", "孙档案", Roles.Archivist), ("hr", "周人事", Roles.Hr), ("infoofficer", "吴信息", Roles.InformationOfficer),
        ("county", "郑科长", Roles.County), ("evaluator", "冯评估", Roles.Evaluator),
    ];

    /// <summary>Refused (logged, nothing written) unless the database holds no organisation and no account (issue 10).</summary>
    public async Task SeedIfEmptyAsync(CancellationToken ct = default)
    {
        if (await db.Organisations.AnyAsync(ct) || await db.Users.AnyAsync(ct))
        {
            log.LogWarning("Demo:Seed=true 被拒绝：数据库中已有数据，演示数据只写入空数据库。");
            return;
        }
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var org = new Organisation { Name = "示范县社会工作指导中心", RegionCode = "330100" };
        db.Organisations.Add(org);
        var stations = new[] { ("城关街道社工站", "CG"), ("东湖镇社工站", "DH"), ("西山乡社工站", "XS") }
            .Select(s => new Station { OrganisationId = org.Id, Name = s.Item1, Code = s.Item2 }).ToList();
        db.Stations.AddRange(stations);
        await installation.SeedRolesAndFlowsAsync(org.Id, ct);

        var printed = new List<string>();
        foreach (var (user, name, role) in Accounts)
        {
            var password = GeneratePassword();
            DateOnly? expires = role == Roles.Evaluator ? DateOnly.FromDateTime(DateTime.UtcNow.AddDays(90)) : null;
            var result = await installation.CreateUserAsync(org.Id, user, name, password, [role], [stations[0].Id], ct, expires);
            if (result.IsFailure) throw new InvalidOperationException(result.Error!.Message);
            printed.Add($"  {role,-8} {user,-12} {password}");
        }
        await tx.CommitAsync(ct);
        Console.WriteLine("演示数据已创建。以下账号密码只显示这一次（站点：城关街道社工站）：");
        printed.ForEach(Console.WriteLine);
    }

    private static string GeneratePassword()
    {
        const string chars = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";
        return "Sw-" + RandomNumberGenerator.GetString(chars, 12) + "7a";
    }
}
