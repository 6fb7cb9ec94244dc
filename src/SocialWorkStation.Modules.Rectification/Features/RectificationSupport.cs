using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using SocialWorkStation.Modules.Rectification.Data;
using SocialWorkStation.Modules.Rectification.Domain;
using SocialWorkStation.Platform.Results;

namespace SocialWorkStation.Modules.Rectification.Features;

/// <summary>What every use case of the module needs: a save that turns a lost race into a conflict the page can show,
/// and the stale-version check.</summary>
internal static class RectificationSupport
{
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
