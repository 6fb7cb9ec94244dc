using Microsoft.AspNetCore.Identity;
using SocialWorkStation.Platform.Identity;
using SocialWorkStation.Platform.Permissions;
using SocialWorkStation.Platform.Results;

namespace SocialWorkStation.Modules.Administration.Features.Users;

public sealed record EnrolmentCodeResponse(string Code, DateTime ExpiresAt);

/// <summary>签发绑定码: a one-time code the administrator hands to the user (in person or by phone) so that the user can
/// enrol an authenticator after the administrator set their password. Shown once; only its hash is kept; a new code
/// replaces the previous one.</summary>
internal sealed class IssueEnrolmentCodeHandler(UserManager<AppUser> users, UserDirectory directory, TimeProvider clock, ICurrentUser me)
{
    public async Task<Result<EnrolmentCodeResponse>> HandleAsync(Guid id, CancellationToken ct)
    {
        if (!me.Has(PlatformPermissions.UsersManage)) return Error.Forbidden("没有用户管理权限。");
        var user = await directory.FindAsync(id, ct);
        if (user is null) return Error.NotFound("用户不存在。");
        if (user.TwoFactorEnabled) return Error.Rule("该用户已启用双因素认证，无需绑定码。");
        var code = EnrolmentCodes.New();
        user.EnrolmentCodeRequired = true;
        user.EnrolmentCodeHash = EnrolmentCodes.Hash(code);
        user.EnrolmentCodeExpiresAt = clock.GetUtcNow().UtcDateTime + EnrolmentCodes.Lifetime;
        var updated = await users.UpdateAsync(user);
        if (!updated.Succeeded) return Error.Conflict(string.Join(" ", updated.Errors.Select(e => e.Description)));
        return new EnrolmentCodeResponse(code, user.EnrolmentCodeExpiresAt.Value);
    }
}
