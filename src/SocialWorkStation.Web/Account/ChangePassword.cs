using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using SocialWorkStation.Platform.Identity;
using SocialWorkStation.Platform.Results;

namespace SocialWorkStation.Web.Account;

public sealed record ChangePasswordRequest
{
    [Required(ErrorMessage = "请输入当前密码。"), MaxLength(128)]
    public string CurrentPassword { get; set; } = "";

    [Required(ErrorMessage = "请输入新密码。"), MaxLength(128)]
    public string NewPassword { get; set; } = "";
}

/// <summary>A user changes their own password (issue 10, item 6). Identity gives the account a new security stamp, so
/// every other session and token of the user stops on its next request; the page signs its own session in again.
/// Clears the "must change" flag an administrator's create or reset set.</summary>
public sealed class ChangePasswordHandler(UserManager<AppUser> users, ICurrentUser me)
{
    public async Task<Result<AppUser>> HandleAsync(ChangePasswordRequest request, CancellationToken ct)
    {
        if (RequestShape.Check(request) is { } invalid) return invalid;
        var user = await users.FindByIdAsync(me.Id.ToString());
        if (user is null || !me.IsAuthenticated) return Error.NotFound("用户不存在。");
        if (PasswordPolicyValidator.Check(request.NewPassword) is { } weak) return Error.Invalid("newPassword", weak);
        if (request.NewPassword == request.CurrentPassword) return Error.Invalid("newPassword", "新密码不能与当前密码相同。");
        if (!await users.CheckPasswordAsync(user, request.CurrentPassword))
            return Error.Invalid("currentPassword", "当前密码不正确。");
        user.MustChangePassword = false;
        var changed = await users.ChangePasswordAsync(user, request.CurrentPassword, request.NewPassword);
        if (!changed.Succeeded)
            return Error.Invalid("newPassword", string.Join(" ", changed.Errors.Select(e => e.Description)));
        return user;
    }
}
