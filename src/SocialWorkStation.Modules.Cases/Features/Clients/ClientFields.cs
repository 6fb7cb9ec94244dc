using System.ComponentModel.DataAnnotations;
using SocialWorkStation.Modules.Cases.Domain;
using SocialWorkStation.Platform.Protection;

namespace SocialWorkStation.Modules.Cases.Features.Clients;

/// <summary>The fields of a client file, shared by create, update, the form pages and each import row (shape only;
/// the rules that need the clock, the configuration or the database are in <see cref="ClientRules"/>).</summary>
public class ClientFields
{
    [Required(ErrorMessage = "请填写姓名。"), MaxLength(50, ErrorMessage = "姓名最长 50 个字符。")]
    public string Name { get; set; } = "";

    /// <summary>Defaults from the ID number when empty.</summary>
    public Gender? Gender { get; set; }

    /// <summary>Defaults from the ID number when empty.</summary>
    public DateOnly? BirthDate { get; set; }

    [MaxLength(18, ErrorMessage = "身份证号应为 18 位（或旧版 15 位）。"), ChineseIdNumber]
    public string? IdNumber { get; set; }

    [MaxLength(11, ErrorMessage = "手机号应为 11 位、以 1 开头的大陆手机号码。"), MobilePhone]
    public string? Phone { get; set; }

    [MaxLength(200, ErrorMessage = "住址最长 200 个字符。")]
    public string? Address { get; set; }

    [MaxLength(20, ErrorMessage = "服务对象类别最多 20 项。")]
    public List<string> TargetGroups { get; set; } = [];

    [MaxLength(50, ErrorMessage = "监护人姓名最长 50 个字符。")]
    public string? GuardianName { get; set; }

    [MaxLength(20, ErrorMessage = "监护人关系最长 20 个字符。")]
    public string? GuardianRelationship { get; set; }

    [MaxLength(11, ErrorMessage = "手机号应为 11 位、以 1 开头的大陆手机号码。"), MobilePhone]
    public string? GuardianPhone { get; set; }

    [MaxLength(1000, ErrorMessage = "备注最长 1000 个字符。")]
    public string? Notes { get; set; }

    [MaxLength(30, ErrorMessage = "家庭成员最多 30 人。"), Display(Name = "家庭成员")]
    public List<HouseholdMemberInput> Household { get; set; } = [];
}

public sealed class HouseholdMemberInput
{
    [Required(ErrorMessage = "请填写家庭成员姓名。"), MaxLength(50, ErrorMessage = "家庭成员姓名最长 50 个字符。")]
    public string Name { get; set; } = "";

    [Required(ErrorMessage = "请填写与服务对象的关系。"), MaxLength(20, ErrorMessage = "关系最长 20 个字符。")]
    public string Relationship { get; set; } = "";

    public Gender Gender { get; set; }
    public DateOnly? BirthDate { get; set; }
    public bool LivesTogether { get; set; } = true;

    [MaxLength(200, ErrorMessage = "备注最长 200 个字符。")]
    public string? Notes { get; set; }
}

public sealed class CreateClientRequest : ClientFields
{
    /// <summary>The user has seen the possible duplicates and registers anyway.</summary>
    public bool ConfirmDuplicate { get; set; }
}

public sealed class UpdateClientRequest : ClientFields
{
    /// <summary>The version the user read; a different stored version is an edit conflict (409).</summary>
    [Range(0, long.MaxValue, ErrorMessage = "版本号无效。")]
    public long Version { get; set; }
}
