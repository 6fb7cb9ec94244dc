using System.ComponentModel.DataAnnotations;
using SocialWorkStation.Modules.Cases.Features;
using SocialWorkStation.Platform.Common;
using SocialWorkStation.Platform.Results;

namespace SocialWorkStation.Modules.Cases.Domain;

public enum Gender { Unknown, Male, Female }

/// <summary>服务对象档案. Identifiers are stored encrypted, with a blind index for exact lookup and a masked copy
/// for lists (C1.3.4, PIPL Art. 51); who may open the record is decided by <see cref="Features.CaseAccess"/>.</summary>
internal sealed class Client : StationEntity
{
    [Personal, MaxLength(50)] public required string Name { get; set; }
    public Gender Gender { get; set; }
    /// <summary>The year of birth in clear, for ages and statistics. The full date is encrypted (issue 10): shown or stored
    /// in clear beside a masked ID number it narrowed the number down to a handful of candidates.</summary>
    public int? BirthYear { get; set; }
    [Sensitive, MaxLength(200)] public string? BirthDateCipher { get; set; }
    /// <summary>Blind index of name and birth date: the duplicate check for clients registered without an ID number.</summary>
    [MaxLength(64)] public string? NameBirthIndex { get; set; }
    /// <summary>Legacy: the birth date in clear (column "BirthDate") before issue 10. The start-up upgrade encrypts it and
    /// empties the column; a later release drops it.</summary>
    [Sensitive] public DateOnly? LegacyBirthDate { get; set; }
    [Sensitive, MaxLength(200)] public string? IdNumberCipher { get; set; }
    [MaxLength(64)] public string? IdNumberIndex { get; set; }
    [MaxLength(20)] public string? IdNumberMasked { get; set; }
    [Sensitive, MaxLength(200)] public string? PhoneCipher { get; set; }
    [MaxLength(20)] public string? PhoneMasked { get; set; }
    [Personal, MaxLength(200)] public string? Address { get; set; }
    /// <summary>Target groups as "|低保对象|残疾人|" so a LIKE finds one on both providers.</summary>
    [MaxLength(500)] public string TargetGroups { get; set; } = "";
    [Personal, MaxLength(50)] public string? GuardianName { get; set; }
    [MaxLength(20)] public string? GuardianRelationship { get; set; }
    [Sensitive, MaxLength(200)] public string? GuardianPhoneCipher { get; set; }
    [MaxLength(20)] public string? GuardianPhoneMasked { get; set; }
    [Personal, MaxLength(1000)] public string? Notes { get; set; }
    /// <summary>Staff id of who registered the client (docs/adr/012).</summary>
    public Guid RegisteredById { get; set; }
    /// <summary>Legacy (docs/adr/012): the name copied here before records held staff ids; no longer written, read only by
    /// the start-up upgrade and as a fallback. A later release drops it.</summary>
    [Personal, MaxLength(50)] public string RegisteredByName { get; set; } = "";
    public DateTime RegisteredAt { get; set; }
    public List<HouseholdMember> Household { get; set; } = [];
    public List<Consent> Consents { get; set; } = [];
    public List<ClientShare> Shares { get; set; } = [];

    public IReadOnlyList<string> TargetGroupList() => TargetGroups.Split('|', StringSplitOptions.RemoveEmptyEntries);
    public void SetTargetGroups(IEnumerable<string> groups) =>
        TargetGroups = groups.Select(g => g.Trim()).Where(g => g.Length > 0).Distinct() is var list && list.Any() ? "|" + string.Join("|", list) + "|" : "";

    /// <summary>PIPL Art. 28/31: all information of a child under 14 is sensitive and needs the guardian's consent.</summary>
    public static bool IsUnder14(DateOnly? birthDate, DateOnly today) => birthDate is { } b && b.AddYears(14) > today;

    /// <summary>Age in full years (周岁) on <paramref name="today"/>.</summary>
    public static int? Age(DateOnly? birthDate, DateOnly today) =>
        birthDate is not { } b ? null : today.Year - b.Year - (today < b.AddYears(today.Year - b.Year) ? 1 : 0);
}

internal sealed class HouseholdMember
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid ClientId { get; set; }
    [Personal, MaxLength(50)] public required string Name { get; set; }
    [MaxLength(20)] public required string Relationship { get; set; }
    public Gender Gender { get; set; }
    public DateOnly? BirthDate { get; set; }
    public bool LivesTogether { get; set; } = true;
    [Personal, MaxLength(200)] public string? Notes { get; set; }
}

public enum ConsentForm { Oral, Written }
/// <summary>General personal information, or sensitive information needing separate consent (PIPL Art. 29).</summary>
public enum ConsentKind { General, Sensitive }

/// <summary>知情同意记录. A written consent's scanned form is an attachment of owner type "consent".</summary>
internal sealed class Consent : StationEntity
{
    public Guid ClientId { get; set; }
    public ConsentKind Kind { get; set; }
    public ConsentForm Form { get; set; }
    [MaxLength(500)] public required string Scope { get; set; }
    public DateOnly GivenOn { get; set; }
    /// <summary>Null when the client consented personally; the guardian's name otherwise (required under 14).</summary>
    [Personal, MaxLength(50)] public string? GuardianName { get; set; }
    public DateOnly? WithdrawnOn { get; set; }
    [Personal, MaxLength(500)] public string? WithdrawalReason { get; set; }
    /// <summary>Staff id of who recorded the consent; null only on rows the start-up upgrade has not reached yet.</summary>
    public Guid? RecordedById { get; set; }
    /// <summary>Legacy (docs/adr/012): the name copied here before records held staff ids; no longer written, read only by
    /// the start-up upgrade and as a fallback. A later release drops it.</summary>
    [Personal, MaxLength(50)] public string RecordedByName { get; set; } = "";

    public bool IsActive => WithdrawnOn is null;

    /// <summary>Withdrawal is recorded, never deleted (PIPL Art. 15): once, on a day between the consent and today.</summary>
    public Result Withdraw(DateOnly? on, string reason, DateOnly today)
    {
        if (!IsActive) return Error.Rule("该知情同意已撤回。");
        if (on is not { } day) return Error.Invalid("withdrawnOn", "请填写撤回日期。");
        if (day < GivenOn) return Error.Invalid("withdrawnOn", "撤回日期不能早于同意日期。");
        if (day > today) return Error.Invalid("withdrawnOn", "撤回日期不能晚于今天。");
        WithdrawnOn = day;
        WithdrawalReason = reason.Trim();
        return Result.Success();
    }
}

/// <summary>Explicit sharing of a client record with a colleague outside the assigned team (C1.3.4 "unless shared").</summary>
internal sealed class ClientShare
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid ClientId { get; set; }
    public Guid UserId { get; set; }
    [MaxLength(50)] public string UserName { get; set; } = "";
    public Guid SharedById { get; set; }
    public DateTime SharedAt { get; set; }
}
