using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using SocialWorkStation.Modules.Cases.Data;
using SocialWorkStation.Modules.Cases.Domain;
using SocialWorkStation.Platform;
using SocialWorkStation.Platform.Identity;
using SocialWorkStation.Platform.Results;

namespace SocialWorkStation.Modules.Cases.Features.Clients;

public sealed record ShareClientRequest
{
    [Required(ErrorMessage = "请选择要共享的同事。")]
    public Guid? UserId { get; set; }
}

public sealed record Colleague(Guid Id, string DisplayName);

/// <summary>C1.3.4 "unless shared": someone who can see the file and holds casework or view-all rights may open it to a
/// colleague of the same station; the colleague then sees it through <see cref="CaseAccess"/>.</summary>
internal sealed class ShareClientHandler(CasesDb db, IPlatformDb platform, CaseAccess access, ICurrentUser user, TimeProvider clock)
{
    private bool MayShare => user.Has(CasesPermissions.Manage) || user.Has(CasesPermissions.ViewAll);

    public async Task<Result> ShareAsync(Guid clientId, ShareClientRequest r, CancellationToken ct)
    {
        var client = await access.Clients().Include(c => c.Shares).FirstOrDefaultAsync(c => c.Id == clientId, ct);
        if (client is null) return Error.NotFound("服务对象不存在或无权查看。");
        if (!MayShare) return Error.Forbidden("只有个案社工、督导或站长可以共享服务对象档案。");
        var colleague = await platform.Users.AsNoTracking()
            .Where(u => u.Id == r.UserId && u.IsActive && platform.UserStations.Any(s => s.UserId == u.Id && s.StationId == client.StationId))
            .Select(u => new Colleague(u.Id, u.DisplayName)).FirstOrDefaultAsync(ct);
        if (colleague is null) return Error.Invalid("userId", "只能共享给本站在职的同事。");
        if (client.Shares.Any(s => s.UserId == colleague.Id)) return Result.Success();
        client.Shares.Add(new ClientShare
        {
            ClientId = client.Id, UserId = colleague.Id, UserName = colleague.DisplayName, SharedById = user.Id,
            SharedAt = clock.GetUtcNow().UtcDateTime,
        });
        await db.SaveChangesAsync(ct);
        return Result.Success();
    }

    public async Task<Result> UnshareAsync(Guid clientId, Guid userId, CancellationToken ct)
    {
        var client = await access.Clients().Include(c => c.Shares).FirstOrDefaultAsync(c => c.Id == clientId, ct);
        if (client is null) return Error.NotFound("服务对象不存在或无权查看。");
        if (!MayShare) return Error.Forbidden("只有个案社工、督导或站长可以取消共享。");
        var share = client.Shares.FirstOrDefault(s => s.UserId == userId);
        if (share is null) return Error.NotFound("该档案未共享给此用户。");
        client.Shares.Remove(share);
        await db.SaveChangesAsync(ct);
        return Result.Success();
    }

    /// <summary>Active users of the client's station, for the share picker.</summary>
    public async Task<IReadOnlyList<Colleague>> ColleaguesAsync(Guid clientId, CancellationToken ct)
    {
        var stationId = await access.Clients().Where(c => c.Id == clientId).Select(c => (Guid?)c.StationId).FirstOrDefaultAsync(ct);
        if (stationId is null) return [];
        return await platform.Users.AsNoTracking()
            .Where(u => u.IsActive && u.Id != user.Id && platform.UserStations.Any(s => s.UserId == u.Id && s.StationId == stationId))
            .OrderBy(u => u.DisplayName).Take(200).Select(u => new Colleague(u.Id, u.DisplayName)).ToListAsync(ct);
    }
}
