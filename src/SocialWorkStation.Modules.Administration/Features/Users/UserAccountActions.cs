using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using SocialWorkStation.Platform;
using SocialWorkStation.Platform.Identity;
using SocialWorkStation.Platform.Results;
using SocialWorkStation.Platform.Staff;

namespace SocialWorkStation.Modules.Administration.Features.Users;

public sealed record ResetPasswordRequest
{
    [Required(ErrorMessage = "请输入新密码。"), StrongPassword]
    public string NewPassword { get; set; } = "";
}

/// <summary>Disable, re-enable, unlock and reset password: the account-state actions of 用户管理.</summary>
internal sealed class UserAccountActionsHandler(IPlatformDb db, UserManager<AppUser> users, UserDirectory directory, StaffAccounts staff, ICurrentUser me,
    LoginThrottle throttle)
{
    /// <summary>A disabled user cannot sign in, and their open sessions (cookie, bearer, circuit) stop at the next request.</summary>
    public async Task<Result<UserSummary>> SetActiveAsync(Guid id, bool active, CancellationToken ct)
    {
        var user = await directory.FindAsync(id, ct);
        if (user is null) return Error.NotFound("用户不存在。");
        if (!active && user.Id == me.Id) return Error.Rule("不能停用自己的账号。");
        if (user.IsActive == active) return (await directory.GetAsync(id, ct)).Value!;

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        user.IsActive = active;
        var updated = await users.UpdateAsync(user);
        if (!updated.Succeeded) return Error.Conflict(string.Join(" ", updated.Errors.Select(e => e.Description)));
        await staff.SetActiveAsync(user, ct);
        await db.SaveChangesAsync(ct);
        // A new stamp invalidates the cookie at its next validation, even if the account is re-enabled before then.
        await users.UpdateSecurityStampAsync(user);
        await tx.CommitAsync(ct);
        return (await directory.GetAsync(id, ct)).Value!;
    }

    /// <summary>The administrator sets a new password; a locked-out user can sign in with it straight away, and must change
    /// it first. The reset gives a new security stamp, so the user's tokens and sessions stop (issue 10, item 9).</summary>
    public async Task<Result<UserSummary>> ResetPasswordAsync(Guid id, ResetPasswordRequest r, CancellationToken ct)
    {
        var user = await directory.FindAsync(id, ct);
        if (user is null) return Error.NotFound("用户不存在。");

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        user.MustChangePassword = true;
        user.EnrolmentCodeRequired = true;
        var token = await users.GeneratePasswordResetTokenAsync(user);
        var reset = await users.ResetPasswordAsync(user, token, r.NewPassword);
        if (!reset.Succeeded) return UserDirectory.FromIdentity(reset, "newPassword");
        await ClearLockoutAsync(user);
        await tx.CommitAsync(ct);
        return (await directory.GetAsync(id, ct)).Value!;
    }

    public async Task<Result<UserSummary>> UnlockAsync(Guid id, CancellationToken ct)
    {
        var user = await directory.FindAsync(id, ct);
        if (user is null) return Error.NotFound("用户不存在。");
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        await ClearLockoutAsync(user);
        await tx.CommitAsync(ct);
        return (await directory.GetAsync(id, ct)).Value!;
    }

    private async Task ClearLockoutAsync(AppUser user)
    {
        await users.SetLockoutEndDateAsync(user, null);
        await users.ResetAccessFailedCountAsync(user);
        throttle.Clear(user.UserName ?? "");
    }
}
