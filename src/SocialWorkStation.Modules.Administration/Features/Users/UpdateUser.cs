using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using SocialWorkStation.Platform;
using SocialWorkStation.Platform.Identity;
using SocialWorkStation.Platform.Results;
using SocialWorkStation.Platform.Staff;

namespace SocialWorkStation.Modules.Administration.Features.Users;

public sealed record UpdateUserRequest
{
    [Required(ErrorMessage = "请填写姓名。"), MaxLength(50, ErrorMessage = "姓名最长 50 个字符。")]
    public string DisplayName { get; set; } = "";

    [Required(ErrorMessage = "请至少选择一个角色。"), MinLength(1, ErrorMessage = "请至少选择一个角色。")]
    public List<string> Roles { get; set; } = [];

    [Required(ErrorMessage = "请选择社工站。")]
    public List<Guid> StationIds { get; set; } = [];

    public DateOnly? AccessExpiresOn { get; set; }

    /// <summary>The stamp read with the user; when given, someone else's edit in between is a conflict, not overwritten.</summary>
    [MaxLength(100)]
    public string? ConcurrencyStamp { get; set; }
}

/// <summary>Changes a user's name, roles, stations and access end date; the user's next request sees the change.</summary>
internal sealed class UpdateUserHandler(IPlatformDb db, UserManager<AppUser> users, UserDirectory directory, StaffAccounts staff, ICurrentUser me)
{
    public async Task<Result<UserSummary>> HandleAsync(Guid id, UpdateUserRequest r, CancellationToken ct)
    {
        var user = await directory.FindAsync(id, ct);
        if (user is null) return Error.NotFound("用户不存在。");
        if (r.ConcurrencyStamp is not null && r.ConcurrencyStamp != user.ConcurrencyStamp)
            return Error.Conflict("该用户已被他人修改，请刷新后重试。");
        if (await directory.CheckAssignmentsAsync(r.Roles, r.StationIds, r.AccessExpiresOn, ct) is { } invalid)
            return invalid;

        var current = await users.GetRolesAsync(user);
        // An administrator taking away their own administrator role could leave nobody able to manage accounts.
        if (user.Id == me.Id && current.Contains(Roles.Admin) && !r.Roles.Contains(Roles.Admin))
            return Error.Invalid("roles", "不能移除自己的系统管理员角色。");

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        user.DisplayName = r.DisplayName.Trim();
        user.AccessExpiresOn = r.AccessExpiresOn;
        var updated = await users.UpdateAsync(user);
        if (!updated.Succeeded) return Error.Conflict(string.Join(" ", updated.Errors.Select(e => e.Description)));

        var removed = current.Except(r.Roles).ToList();
        if (removed.Count > 0 && await users.RemoveFromRolesAsync(user, removed) is { Succeeded: false } rr)
            return UserDirectory.FromIdentity(rr, "roles");
        var added = r.Roles.Distinct().Except(current).ToList();
        if (added.Count > 0 && await users.AddToRolesAsync(user, added) is { Succeeded: false } ar)
            return UserDirectory.FromIdentity(ar, "roles");
        var stationsBefore = await db.UserStations.Where(us => us.UserId == user.Id).Select(us => us.StationId).ToListAsync(ct);
        await directory.ReplaceStationsAsync(user.Id, r.StationIds, ct);
        // A new name shows on every record the person is named on, old ones included: they hold the staff id (docs/adr/012).
        await staff.SyncAsync(user, r.Roles, r.StationIds, ct);
        await db.SaveChangesAsync(ct);
        // New roles or stations: the user signs in again, so no session carries what it was granted before (issue 10).
        if (removed.Count > 0 || added.Count > 0 || !stationsBefore.ToHashSet().SetEquals(r.StationIds))
            await users.UpdateSecurityStampAsync(user);
        await tx.CommitAsync(ct);
        return (await directory.GetAsync(user.Id, ct)).Value!;
    }
}
