using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using SocialWorkStation.Data;
using SocialWorkStation.Platform.Audit;
using SocialWorkStation.Platform.Identity;

namespace SocialWorkStation.Web.Hosting;

/// <summary>`dotnet run --project src/SocialWorkStation.Web -- verify-audit`, `-- backup FILE` and `-- self-check`.</summary>
public static class CliCommands
{
    public static async Task<bool> TryRunAsync(WebApplication app, string[] args)
    {
        var command = args.FirstOrDefault(a => !a.StartsWith('-') && !a.Contains('='));
        if (command is not ("verify-audit" or "backup" or "self-check")) return false;

        await using var scope = app.Services.CreateSystemScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        await DatabaseSetup.MigrateAsync(db);
        if (command == "verify-audit")
        {
            var result = await scope.ServiceProvider.GetRequiredService<AuditChainVerifier>().VerifyAsync();
            Console.WriteLine(result.Message);
            Environment.ExitCode = result.IsIntact ? 0 : 2;
            return true;
        }

        if (command == "self-check")
        {
            var report = await scope.ServiceProvider.GetRequiredService<SocialWorkStation.Platform.Security.ISecuritySelfCheck>().RunAsync();
            foreach (var item in report.Items) Console.WriteLine($"[{(item.Passed ? "通过" : "未通过")}] {item.Name}：{item.Detail}");
            Console.WriteLine(report.AllPassed ? "安全自查全部通过。" : $"安全自查：{report.Items.Count(i => !i.Passed)} 项未通过。");
            Environment.ExitCode = report.AllPassed ? 0 : 3;
            return true;
        }

        var target = args.SkipWhile(a => a != "backup").Skip(1).FirstOrDefault();
        var backedUp = await BackupAsync(db, target);
        if (backedUp) SocialWorkStation.Web.Security.BackupMarker.Touch(app.Configuration, app.Environment);
        Environment.ExitCode = backedUp ? 0 : 1;
        return true;
    }

    /// <summary>VACUUM INTO writes a consistent, compacted copy while the app keeps running (WAL readers don't block).</summary>
    public static async Task<bool> BackupAsync(AppDbContext db, string? target)
    {
        if (db.IsPostgres)
        {
            Console.Error.WriteLine("PostgreSQL 请使用 pg_dump 备份（见 README）。");
            return false;
        }
        if (string.IsNullOrWhiteSpace(target))
        {
            Console.Error.WriteLine("用法: backup <目标文件>");
            return false;
        }
        var full = Path.GetFullPath(target);
        if (File.Exists(full))
        {
            Console.Error.WriteLine($"目标文件已存在: {full}");
            return false;
        }
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        await db.Database.ExecuteSqlRawAsync("VACUUM INTO {0}", full);
        await using var check = new SqliteConnection($"Data Source={full};Mode=ReadOnly");
        await check.OpenAsync();
        await using var cmd = check.CreateCommand();
        cmd.CommandText = "PRAGMA integrity_check";
        var ok = (string?)await cmd.ExecuteScalarAsync() == "ok";
        Console.WriteLine(ok ? $"备份完成: {full}" : $"备份文件校验失败: {full}");
        return ok;
    }
}
