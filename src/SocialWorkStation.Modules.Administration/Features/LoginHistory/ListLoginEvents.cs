using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using SocialWorkStation.Platform;
using SocialWorkStation.Platform.Common;
using SocialWorkStation.Platform.Identity;
using SocialWorkStation.Platform.Stations;

namespace SocialWorkStation.Modules.Administration.Features.LoginHistory;

public sealed record ListLoginEventsQuery : PageQuery
{
    [MaxLength(64, ErrorMessage = "用户名最长 64 个字符。")]
    public string? UserName { get; set; }

    /// <summary>true: only successful sign-ins; false: only failures; empty: both.</summary>
    public bool? Succeeded { get; set; }
}

public sealed record LoginEventRow(
    Guid Id, DateTime At, string AtLocal, Guid? UserId, string UserName, string? IpAddress, string? UserAgent,
    bool Succeeded, string? Reason);

/// <summary>登录历史 (等保2.0 security audit of sign-ins), newest first.</summary>
internal sealed class ListLoginEventsHandler(IPlatformDb db, ICurrentUser me, StationClock clock)
{
    public async Task<Paged<LoginEventRow>> HandleAsync(ListLoginEventsQuery q, CancellationToken ct)
    {
        var org = me.OrganisationId;
        // Events of this organisation's accounts, plus attempts with unknown user names: those belong to no
        // organisation, and an administrator needs to see someone guessing names.
        var events = db.LoginEvents.AsNoTracking()
            .Where(e => e.UserId == null || db.Users.Any(u => u.Id == e.UserId && u.OrganisationId == org));
        if (!string.IsNullOrWhiteSpace(q.UserName))
        {
            var name = q.UserName.Trim();
            events = events.Where(e => e.UserName.Contains(name));
        }
        if (q.Succeeded is { } succeeded) events = events.Where(e => e.Succeeded == succeeded);

        var total = await events.CountAsync(ct);
        var rows = await events.OrderByDescending(e => e.At).ThenByDescending(e => e.Id)
            .Skip(q.Skip()).Take(q.Size()).ToListAsync(ct);
        return new Paged<LoginEventRow>(rows.Select(e => new LoginEventRow(
            e.Id, e.At, clock.Format(e.At), e.UserId, e.UserName, e.IpAddress, e.UserAgent, e.Succeeded, e.Reason)).ToList(),
            total, q.PageNumber(), q.Size());
    }
}
