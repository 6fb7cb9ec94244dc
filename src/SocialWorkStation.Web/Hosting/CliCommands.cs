using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using SocialWorkStation.Data;
using SocialWorkStation.Platform.Audit;
using SocialWorkStation.Platform.Identity;

namespace SocialWorkStation.Web.Hosting;

/// <summary>`dotnet run --project src/SocialWorkStation.Web -- verify-audit` and `-- backup FILE`.</summary>
public static class CliCommands
{
    public static async Task<bool> TryRunAsync(WebApplication app, string[] args)
    {
        var command = args.FirstOrDefault(a => !a.StartsWith('-') && !a.Contains('='));
        if (command is not ("verify-audit" or "backup")) return false;

        await using var scope = app.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().InitializeSystem();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        await DatabaseSetup.MigrateAsync(db);
        if (command == "verify-audit")
        {
            var result = await scope.ServiceProvider.GetRequiredService<AuditChainVerifier>().VerifyAsync();
            Console.WriteLine(result.Message);
            Environment.ExitCode = result.IsIntact ? 0 : 2;
            return true;
        }

        var target = args.SkipWhile(a => a != "backup").Skip(1).FirstOrDefault();
        Environment.ExitCode = await BackupAsync(db, target) ? 0 : 1;
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
