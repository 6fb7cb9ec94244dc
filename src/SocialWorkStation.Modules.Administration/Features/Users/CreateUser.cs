using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using SocialWorkStation.Platform;
using SocialWorkStation.Platform.Identity;
using SocialWorkStation.Platform.Results;
using SocialWorkStation.Platform.Staff;

namespace SocialWorkStation.Modules.Administration.Features.Users;

public sealed record CreateUserRequest
{
    [Required(ErrorMessage = "请填写用户名。")]
    [RegularExpression(@"^[A-Za-z0-9._-]{3,32}$", ErrorMessage = "用户名为 3–32 位字母、数字或 . _ -。")]
    public string UserName { get; set; } = "";

    [Required(ErrorMessage = "请填写姓名。"), MaxLength(50, ErrorMessage = "姓名最长 50 个字符。")]
    public string DisplayName { get; set; } = "";

    [Required(ErrorMessage = "请设置初始密码。"), StrongPassword]
    public string Password { get; set; } = "";

    [Required(ErrorMessage = "请至少选择一个角色。"), MinLength(1, ErrorMessage = "请至少选择一个角色。")]
    public List<string> Roles { get; set; } = [];

    [Required(ErrorMessage = "请选择社工站。")]
    public List<Guid> StationIds { get; set; } = [];

    /// <summary>Required for 外部评估员: their read access ends after this day.</summary>
    public DateOnly? AccessExpiresOn { get; set; }
}

/// <summary>An administrator adds a user to their own organisation (C7.3.1: accounts are issued, never self-registered).</summary>
internal sealed class CreateUserHandler(
    IPlatformDb db, UserManager<AppUser> users, UserDirectory directory, StaffAccounts staff, ICurrentUser me, TimeProvider clock)
{
    public async Task<Result<UserSummary>> HandleAsync(CreateUserRequest r, CancellationToken ct)
    {
        var userName = r.UserName.Trim();
        if (await users.FindByNameAsync(userName) is not null)
            return Error.Invalid("userName", $"用户名“{userName}”已被使用。");
        if (await directory.CheckAssignmentsAsync(r.Roles, r.StationIds, r.AccessExpiresOn, ct) is { } invalid)
            return invalid;

        // The account, its roles and its stations appear together or not at all.
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var user = new AppUser
        {
            UserName = userName, DisplayName = r.DisplayName.Trim(), OrganisationId = me.OrganisationId,
            CreatedAt = clock.GetUtcNow().UtcDateTime, AccessExpiresOn = r.AccessExpiresOn,
            // The administrator knows this password: the user replaces it at first sign-in (issue 10, item 6).
            MustChangePassword = true, EnrolmentCodeRequired = true,
        };
        var created = await users.CreateAsync(user, r.Password);
        if (!created.Succeeded)
            return UserDirectory.FromIdentity(created, created.Errors.Any(e => e.Code.Contains("UserName")) ? "userName" : "password");
        var roles = await users.AddToRolesAsync(user, r.Roles.Distinct());
        if (!roles.Succeeded) return UserDirectory.FromIdentity(roles, "roles");
        await directory.ReplaceStationsAsync(user.Id, r.StationIds, ct);
        // The person behind the login is named on records by their staff id (docs/adr/012).
        await staff.SyncAsync(user, r.Roles, r.StationIds, ct);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return (await directory.GetAsync(user.Id, ct)).Value!;
    }
}
