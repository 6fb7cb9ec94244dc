using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using SocialWorkStation.Platform.Audit;
using SocialWorkStation.Platform.Identity;
using SocialWorkStation.Platform.Results;

namespace SocialWorkStation.Platform.Protection;

/// <summary>A question answered by matching a whole identifier ("is 3301…123X registered?") confirms a guess, so it is an
/// oracle for the full number (issue 10). Every such question (exact lookup, search by ID number) is written to the access
/// log, found or not, and a user who asks more than the limit within ten minutes is refused (429) until the window has
/// passed. The access log is the counter, so the limit holds across app nodes.</summary>
public interface IIdentifierLookups
{
    /// <summary>Refuses when the limit is reached; otherwise logs the lookup (<paramref name="found"/> null when nothing matched).</summary>
    Task<Error?> RecordAsync(string entity, Guid? found, Guid? stationId, CancellationToken ct);
}

internal sealed class IdentifierLookups(IPlatformDb db, ICurrentUser user, TimeProvider clock, IConfiguration config) : IIdentifierLookups
{
    public const string Purpose = "按身份证号查找";
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(10);

    public async Task<Error?> RecordAsync(string entity, Guid? found, Guid? stationId, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        if (!user.IsSystem)
        {
            var limit = config.GetValue("Security:IdentifierLookupsPer10Minutes", 30);
            var since = now - Window;
            var asked = await db.AccessLog.CountAsync(a => a.UserId == user.Id && a.Purpose == Purpose && a.At >= since, ct);
            if (asked >= limit) return Error.TooManyRequests($"按身份证号查找过于频繁（10 分钟内最多 {limit} 次），请稍后再试。");
        }
        db.AccessLog.Add(new AccessLogEntry
        {
            At = now, UserId = user.Id, UserName = user.UserName, StationId = stationId ?? user.StationId, Entity = entity,
            EntityKey = found?.ToString() ?? "（未找到）", Purpose = Purpose,
        });
        await db.SaveChangesAsync(ct);
        return null;
    }
}
