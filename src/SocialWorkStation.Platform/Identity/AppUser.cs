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
    public const string Admin = "系统管理员";
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
        [Admin, Director, SocialWorker, Supervisor, Finance, MaterialsKeeper, Archivist, Hr, InformationOfficer, County, Evaluator];
}
