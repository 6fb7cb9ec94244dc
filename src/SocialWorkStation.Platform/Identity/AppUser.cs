using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using SocialWorkStation.Platform.Common;

namespace SocialWorkStation.Platform.Identity;

public sealed class AppUser : IdentityUser<Guid>
{
    public AppUser() => Id = Guid.CreateVersion7();

    [Personal, MaxLength(50)] public string DisplayName { get; set; } = "";
    public Guid OrganisationId { get; set; }
    public bool IsActive { get; set; } = true;
    /// <summary>External evaluators have read access until this date (inclusive).</summary>
    public DateOnly? AccessExpiresOn { get; set; }
    public DateTime CreatedAt { get; set; }
    /// <summary>The last authenticator time step accepted for this user: a code is used once (issue 10, item 9).</summary>
    public long? LastTotpTimeStep { get; set; }
    /// <summary>Set when an administrator chose the password (create, reset): the user must change it before anything else.</summary>
    public bool MustChangePassword { get; set; }
    /// <summary>Set with an administrator-chosen password: enrolling an authenticator then takes an enrolment code the
    /// administrator issues (签发绑定码), so knowing the password is not enough to bind one's own phone to the account.</summary>
    public bool EnrolmentCodeRequired { get; set; }
    /// <summary>SHA-256 of the one-time enrolment code; the code itself is shown once to the administrator.</summary>
    [MaxLength(64)] public string? EnrolmentCodeHash { get; set; }
    public DateTime? EnrolmentCodeExpiresAt { get; set; }
}

public sealed class AppRole : IdentityRole<Guid>
{
    public AppRole() => Id = Guid.CreateVersion7();
    [MaxLength(200)] public string? Description { get; set; }
}

/// <summary>Login history (等保2.0: audit of every user's security events).</summary>
public sealed class LoginEvent : INotAudited
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public DateTime At { get; set; }
    public Guid? UserId { get; set; }
    [MaxLength(256)] public string UserName { get; set; } = "";
    [MaxLength(64)] public string? IpAddress { get; set; }
    [MaxLength(512)] public string? UserAgent { get; set; }
    public bool Succeeded { get; set; }
    [MaxLength(100)] public string? Reason { get; set; }
}

/// <summary>The built-in roles. Names are what people see; permissions are what the code checks.</summary>
public static class Roles
{
    /// <summary>系统管理员: accounts and stations. With <see cref="SecurityAdmin"/> and <see cref="AuditAdmin"/> the three
    /// duties of 三权分立 (等保 L3), which no role and no account may combine (<see cref="Permissions.SeparationOfDuties"/>).</summary>
    public const string Admin = "系统管理员";
    /// <summary>安全管理员: roles and their permissions.</summary>
    public const string SecurityAdmin = "安全管理员";
    /// <summary>审计管理员: the audit trail, access log, login history and security self-check, read only.</summary>
    public const string AuditAdmin = "审计管理员";
    public const string Director = "站长";
    public const string SocialWorker = "社工";
    public const string Supervisor = "督导";
    public const string Finance = "财务";
    public const string MaterialsKeeper = "物资管理员";
    public const string Archivist = "档案管理员";
    public const string Hr = "人事";
    public const string InformationOfficer = "信息管理员";
    public const string County = "县级管理";
    public const string Evaluator = "外部评估员";

    public static readonly IReadOnlyList<string> All =
        [Admin, SecurityAdmin, AuditAdmin, Director, SocialWorker, Supervisor, Finance, MaterialsKeeper, Archivist, Hr, InformationOfficer, County, Evaluator];
}
