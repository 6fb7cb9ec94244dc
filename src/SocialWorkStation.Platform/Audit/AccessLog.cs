using SocialWorkStation.Platform.Identity;

namespace SocialWorkStation.Platform.Audit;

/// <summary>Modules record reads of sensitive data through this (e.g. revealing an ID number).</summary>
public interface IAccessLog
{
    Task RecordAsync(string entity, Guid key, string purpose, Guid? stationId, CancellationToken ct = default);
}

internal sealed class AccessLog(IPlatformDb db, ICurrentUser user, TimeProvider clock) : IAccessLog
{
    public async Task RecordAsync(string entity, Guid key, string purpose, Guid? stationId, CancellationToken ct = default)
    {
        db.AccessLog.Add(new AccessLogEntry
        {
            At = clock.GetUtcNow().UtcDateTime, UserId = user.Id, UserName = user.UserName,
            StationId = stationId ?? user.StationId, Entity = entity, EntityKey = key.ToString(), Purpose = purpose,
        });
        await db.SaveChangesAsync(ct);
    }
}
