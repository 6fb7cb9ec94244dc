using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using SocialWorkStation.Data;
using SocialWorkStation.Web.Security;
using SocialWorkStation.Platform.Approvals;
using SocialWorkStation.Platform.Identity;
using SocialWorkStation.Platform.Permissions;
using SocialWorkStation.Platform.Results;
using SocialWorkStation.Platform.Stations;
using SocialWorkStation.Platform.Staff;

namespace SocialWorkStation.Web.Setup;

public sealed class SetupRequest
{
    /// <summary>The one-time token printed in the server's start-up log (issue 10).</summary>
    [Required(ErrorMessage = "请填写初始化令牌（见服务器启动日志）。"), MaxLength(64)]
    [Display(Name = "初始化令牌")]
    public string SetupToken { get; set; } = "";

    [Required(ErrorMessage = "请填写县级指导中心名称。"), MaxLength(100, ErrorMessage = "名称最长 100 个字符。")]
    [Display(Name = "县级社会工作指导中心")]
    public string OrganisationName { get; set; } = "";

    [RegularExpression(@"^\d{6}$", ErrorMessage = "行政区划代码为 6 位数字。")]
    [Display(Name = "行政区划代码")]
    public string? RegionCode { get; set; }

    [Required(ErrorMessage = "请填写第一个社工站名称。"), MaxLength(100, ErrorMessage = "名称最长 100 个字符。")]
    [Display(Name = "社工站名称")]
    public string StationName { get; set; } = "";

    [Required(ErrorMessage = "请填写社工站编码。"), RegularExpression(@"^[A-Za-z0-9-]{2,20}$", ErrorMessage = "编码为 2–20 位字母、数字或连字符。")]
    [Display(Name = "社工站编码")]
    public string StationCode { get; set; } = "";

    [Required(ErrorMessage = "请填写管理员用户名。"), RegularExpression(@"^[A-Za-z0-9._-]{3,32}$", ErrorMessage = "用户名为 3–32 位字母、数字或 . _ -。")]
    [Display(Name = "管理员用户名")]
    public string AdminUserName { get; set; } = "";

    [Required(ErrorMessage = "请填写管理员姓名。"), MaxLength(50, ErrorMessage = "姓名最长 50 个字符。")]
    [Display(Name = "管理员姓名")]
    public string AdminDisplayName { get; set; } = "";

    [Required(ErrorMessage = "请设置密码。"), DataType(DataType.Password)]
    [Display(Name = "密码")]
    public string Password { get; set; } = "";

    [Required(ErrorMessage = "请再次输入密码。"), Compare(nameof(Password), ErrorMessage = "两次输入的密码不一致。"), DataType(DataType.Password)]
    [Display(Name = "确认密码")]
    public string ConfirmPassword { get; set; } = "";
}

/// <summary>First-run installation: county centre, first station, built-in roles, default flows, administrator.</summary>
public sealed class InstallationService(AppDbContext db, UserManager<AppUser> users, PermissionCatalog catalog, TimeProvider clock,
    IEnumerable<IApprovalSubjectHandler> subjects, StaffAccounts staff, SetupState setup)
{
    public async Task<Result> InstallAsync(SetupRequest r, CancellationToken ct = default)
    {
        if (PasswordPolicyValidator.Check(r.Password) is { } weak) return Error.Invalid(nameof(r.Password), weak);
        if (!setup.Accepts(r.SetupToken)) return Error.Invalid(nameof(r.SetupToken), "初始化令牌不正确：请使用服务器启动日志中打印的令牌。");
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        if (await db.Organisations.AnyAsync(ct)) return Error.Conflict("系统已完成初始化。");

        var org = new Organisation { Name = r.OrganisationName.Trim(), RegionCode = r.RegionCode };
        db.Organisations.Add(org);
        var station = new Station { OrganisationId = org.Id, Name = r.StationName.Trim(), Code = r.StationCode.Trim() };
        db.Stations.Add(station);
        await SeedRolesAndFlowsAsync(org.Id, ct);

        var created = await CreateUserAsync(org.Id, r.AdminUserName, r.AdminDisplayName, r.Password, [Roles.Admin], [station.Id], ct);
        // The account's user name is this form's AdminUserName.
        if (created.Error?.Fields is { } fields && fields.TryGetValue("UserName", out var userName))
            return Error.Invalid(nameof(r.AdminUserName), userName[0]);
        if (created.IsFailure) return created;
        await tx.CommitAsync(ct);
        return Result.Success();
    }

    public async Task SeedRolesAndFlowsAsync(Guid organisationId, CancellationToken ct)
    {
        SeedRoles();
        SeedFlows(organisationId);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>The built-in roles with their default permissions (once per installation).</summary>
    public void SeedRoles()
    {
        foreach (var name in Roles.All) SeedRole(name);
    }

    /// <summary>One built-in role with its default permissions (saved with the caller's next save).</summary>
    public void SeedRole(string name)
    {
        var role = new AppRole { Name = name, NormalizedName = name.ToUpperInvariant(), Description = name };
        db.Roles.Add(role);
        db.RolePermissions.AddRange(catalog.DefaultGrants.Where(g => g.Role == name)
            .Select(g => new RolePermission { RoleId = role.Id, Permission = g.Permission }));
    }

    /// <summary>The default approval flows of one county centre (general matters, plans, closures).</summary>
    public void SeedFlows(Guid organisationId) =>
        db.ApprovalFlows.AddRange(DefaultFlowSubjects.Select(subject => DefaultFlow(organisationId, subject)));

    /// <summary>The subject types that come with a default flow: 通用事项 and each module subject that declares steps.</summary>
    public IReadOnlyList<string> DefaultFlowSubjects =>
        [ApprovalSubjects.General, .. subjects.Where(s => s.DefaultSteps is not null).Select(s => s.SubjectType).Distinct()];

    public ApprovalFlow DefaultFlow(Guid organisationId, string subjectType)
    {
        if (subjectType == ApprovalSubjects.General)
            return new ApprovalFlow
            {
                OrganisationId = organisationId, SubjectType = ApprovalSubjects.General, Name = "通用事项审批",
                Steps = [new ApprovalFlowStep { Order = 1, Name = "站长审批", Role = Roles.Director }],
            };
        var subject = subjects.First(s => s.SubjectType == subjectType && s.DefaultSteps is not null);
        return new ApprovalFlow
        {
            OrganisationId = organisationId, SubjectType = subject.SubjectType, Name = subject.DisplayName,
            Steps = subject.DefaultSteps!.Select((s, i) => new ApprovalFlowStep { Order = i + 1, Name = s.Name, Role = s.Role, Permission = s.Permission }).ToList(),
        };
    }

    public async Task<Result<AppUser>> CreateUserAsync(Guid organisationId, string userName, string displayName, string password,
        IEnumerable<string> roles, IEnumerable<Guid> stations, CancellationToken ct, DateOnly? expiresOn = null)
    {
        var user = new AppUser
        {
            UserName = userName.Trim(), DisplayName = displayName.Trim(), OrganisationId = organisationId,
            CreatedAt = clock.GetUtcNow().UtcDateTime, AccessExpiresOn = expiresOn,
        };
        var result = await users.CreateAsync(user, password);
        if (!result.Succeeded)
        {
            var field = result.Errors.Any(e => e.Code.Contains("UserName")) ? "UserName" : "Password";
            return Error.Invalid(field, string.Join(" ", result.Errors.Select(e => e.Description)));
        }
        var roleList = roles.ToList();
        var stationList = stations.ToList();
        var roleResult = await users.AddToRolesAsync(user, roleList);
        if (!roleResult.Succeeded) return Error.Invalid("Roles", string.Join(" ", roleResult.Errors.Select(e => e.Description)));
        db.UserStations.AddRange(stationList.Select(s => new UserStation { UserId = user.Id, StationId = s }));
        await staff.SyncAsync(user, roleList, stationList, ct);
        await db.SaveChangesAsync(ct);
        return user;
    }
}
