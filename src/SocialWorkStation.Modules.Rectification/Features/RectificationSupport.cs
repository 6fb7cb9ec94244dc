using System.ComponentModel.DataAnnotations;
using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using SocialWorkStation.Modules.Rectification.Data;
using SocialWorkStation.Modules.Rectification.Domain;
using SocialWorkStation.Platform.Results;
using SocialWorkStation.Ui;

namespace SocialWorkStation.Modules.Rectification.Features;

/// <summary>What every use case of the module needs: the shape check pages and contract callers skip, the station's
/// "today", and a save that turns a lost race into a conflict the page can show.</summary>
internal static class RectificationSupport
{
    /// <summary>DataAnnotations of the request: the API filter checks them, but pages and other modules call handlers
    /// directly, so every handler checks again. The first error names its field (camelCase, as in the API).</summary>
    public static Error? Shape(object? request)
    {
        if (request is null) return Error.Invalid("body", "请求内容不能为空。");
        var results = new List<ValidationResult>();
        if (Validator.TryValidateObject(request, new ValidationContext(request), results, validateAllProperties: true)) return null;
        var first = results[0];
        var field = first.MemberNames.FirstOrDefault() ?? "";
        return Error.Invalid(field.Length == 0 ? field : char.ToLowerInvariant(field[0]) + field[1..], first.ErrorMessage ?? "字段无效。");
    }

    /// <summary>Business dates are Beijing dates (the station's zone), not UTC dates.</summary>
    public static DateOnly Today(this TimeProvider clock) => DateOnly.FromDateTime(DisplayTime.ToLocal(clock.GetUtcNow().UtcDateTime));

    public static DateTime Now(this TimeProvider clock) => clock.GetUtcNow().UtcDateTime;

    /// <summary>Someone else changed the finding or action between reading and saving (the version is the concurrency
    /// token): never a silent overwrite, and never an exception in a page.</summary>
    public static async Task<Result> SaveAsync(this RectificationDb db, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
            return Result.Success();
        }
        catch (DbUpdateConcurrencyException)
        {
            return Error.Conflict("该整改记录已被他人修改，请刷新后重试。");
        }
        catch (DbUpdateException e) when (IsDuplicate(e))
        {
            // Two actions added to one finding at the same moment: EF may insert the second 措施序号 before it updates
            // the finding's version, so the unique index, not the concurrency token, notices the race.
            return Error.Conflict("该整改记录已被他人修改，请刷新后重试。");
        }
    }

    /// <summary>A unique-index violation, told without referencing a provider: PostgreSQL's SQLSTATE 23505, SQLite's
    /// "UNIQUE constraint failed".</summary>
    private static bool IsDuplicate(DbUpdateException e) =>
        e.InnerException is DbException db
        && (db.SqlState == "23505" || db.Message.Contains("UNIQUE constraint failed", StringComparison.Ordinal));

    /// <summary>The request was based on an older version of the action than the one stored.</summary>
    public static Error? Stale(CorrectiveAction action, long version) =>
        action.Version == version ? null
            : Error.EditConflict(new Dictionary<string, string[]> { ["status"] = [action.Status.ToString()] },
                "该整改措施已被他人处理，请刷新后查看最新状态。");

    public static Error? Stale(Finding finding, long version) =>
        finding.Version == version ? null
            : Error.EditConflict(new Dictionary<string, string[]> { ["status"] = [finding.Status.ToString()] },
                "该整改问题已被他人修改，请刷新后查看最新状态。");
}
