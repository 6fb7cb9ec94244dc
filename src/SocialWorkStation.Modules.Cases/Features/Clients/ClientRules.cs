using Microsoft.Extensions.Options;
using SocialWorkStation.Modules.Cases.Domain;
using SocialWorkStation.Platform.Common;
using SocialWorkStation.Platform.Protection;
using SocialWorkStation.Platform.Results;
using SocialWorkStation.Platform.Stations;

namespace SocialWorkStation.Modules.Cases.Features.Clients;

/// <summary>A client's fields after every rule passed: identifiers normalised, birth date and gender settled.</summary>
internal sealed record ValidClient(ClientFields Fields, string Name, Gender Gender, DateOnly? BirthDate, string? IdNumber, string? Phone,
    string? GuardianPhone, IReadOnlyList<string> TargetGroups);

/// <summary>The one place where a client's fields are checked — used by create, update and every import row, so an
/// imported ledger obeys exactly the rules of the form (C3.1.1: the basic facts of the person are recorded correctly).</summary>
internal sealed class ClientRules(IOptions<CasesOptions> options, StationClock clock, IPersonalDataProtector protector)
{
    public const string IdIndexPurpose = "id";

    /// <summary>Business dates are in Beijing time (the stations' zone).</summary>
    public DateOnly Today => clock.Today();

    public string IdIndex(string normalisedId) => protector.BlindIndex(IdIndexPurpose, normalisedId.Trim().ToUpperInvariant());

    /// <summary>All problems at once (field in camelCase, as the API names fields), or the settled values.</summary>
    /// <param name="storedIdNumber">On update, the stored ID number when the request leaves it empty (kept).</param>
    /// <param name="hasStoredGuardianPhone">On update, an empty guardian phone keeps the stored one.</param>
    /// <param name="storedBirthDate">On update, the stored birth date when the request leaves it empty (kept; the edit form does
    /// not show it, issue 10).</param>
    public Result<ValidClient> Validate(ClientFields f, string? storedIdNumber = null, bool hasStoredGuardianPhone = false,
        DateOnly? storedBirthDate = null)
    {
        // JSON null for a list means "none", not a fault.
        f.TargetGroups ??= [];
        f.Household ??= [];
        var errors = new Dictionary<string, List<string>>();
        void Add(string field, string message)
        {
            if (!errors.TryGetValue(field, out var list)) errors[field] = list = [];
            if (!list.Contains(message)) list.Add(message);
        }

        // Shape: the same DataAnnotations the API filter and the form run (import rows do not pass through either).
        foreach (var (field, messages) in RequestShape.Problems(f))
            foreach (var message in messages)
                Add(field, message);

        var today = Today;
        var gender = f.Gender ?? Gender.Unknown;
        var birth = f.BirthDate ?? storedBirthDate;
        string? id = null;
        var idInput = string.IsNullOrWhiteSpace(f.IdNumber) ? storedIdNumber : f.IdNumber;
        if (!string.IsNullOrWhiteSpace(idInput))
        {
            // Re-parsed against the station's date, with the parser's own message (GB 11643).
            var (parsed, error) = ChineseIdNumber.Parse(idInput, today);
            if (parsed is null) Add("idNumber", error!);
            else
            {
                id = parsed.Normalised;
                var idGender = parsed.IsMale ? Gender.Male : Gender.Female;
                if (f.BirthDate is { } b && b != parsed.BirthDate) Add("birthDate", "出生日期与身份证号中的出生日期不一致。");
                if (f.Gender is { } g && g != Gender.Unknown && g != idGender) Add("gender", "性别与身份证号不一致。");
                birth = parsed.BirthDate;
                gender = idGender;
            }
        }
        if (birth is { } born && born > today) Add("birthDate", "出生日期不能晚于今天。");

        var groups = (f.TargetGroups ?? []).Select(g => (g ?? "").Trim()).Where(g => g.Length > 0).Distinct().ToList();
        foreach (var g in groups.Where(g => !options.Value.TargetGroups.Contains(g)))
            Add("targetGroups", $"服务对象类别“{g}”不在本地配置的类别中。");

        // PIPL Art. 31: a child under 14's information is processed with the guardian's consent, so the guardian is recorded.
        if (birth is { } child && child.AddYears(14) > today)
        {
            if (string.IsNullOrWhiteSpace(f.GuardianName)) Add("guardianName", "未满 14 周岁的服务对象须登记监护人姓名。");
            if (string.IsNullOrWhiteSpace(f.GuardianRelationship)) Add("guardianRelationship", "未满 14 周岁的服务对象须登记与监护人的关系。");
            if (string.IsNullOrWhiteSpace(f.GuardianPhone) && !hasStoredGuardianPhone) Add("guardianPhone", "未满 14 周岁的服务对象须登记监护人电话。");
        }

        if (errors.Count > 0)
            return new Error(ErrorKind.Validation, errors.First().Value[0], errors.ToDictionary(e => e.Key, e => e.Value.ToArray()));
        return new ValidClient(f, f.Name.Trim(), gender, birth, id, f.Phone.TrimToNull(), f.GuardianPhone.TrimToNull(), groups);
    }

    /// <summary>Copies settled values onto the entity; identifiers only encrypted, indexed and masked (PIPL Art. 51).
    /// An empty phone on update keeps the stored one.</summary>
    public void Apply(Client client, ValidClient v)
    {
        var f = v.Fields;
        client.Name = v.Name;
        client.Gender = v.Gender;
        ClientBirth.Set(client, v.BirthDate, protector);
        if (v.IdNumber is { } id && !string.IsNullOrWhiteSpace(f.IdNumber))
        {
            client.IdNumberCipher = protector.Encrypt(id);
            client.IdNumberIndex = IdIndex(id);
            client.IdNumberMasked = Masking.IdNumber(id);
        }
        if (v.Phone is { } phone)
        {
            client.PhoneCipher = protector.Encrypt(phone);
            client.PhoneMasked = Masking.Phone(phone);
        }
        if (v.GuardianPhone is { } guardianPhone)
        {
            client.GuardianPhoneCipher = protector.Encrypt(guardianPhone);
            client.GuardianPhoneMasked = Masking.Phone(guardianPhone);
        }
        client.Address = f.Address.TrimToNull();
        client.SetTargetGroups(v.TargetGroups);
        client.GuardianName = f.GuardianName.TrimToNull();
        client.GuardianRelationship = f.GuardianRelationship.TrimToNull();
        client.Notes = f.Notes.TrimToNull();
        client.Household.Clear();
        client.Household.AddRange(f.Household.Select(m => new HouseholdMember
        {
            ClientId = client.Id, Name = m.Name.Trim(), Relationship = m.Relationship.Trim(), Gender = m.Gender,
            BirthDate = m.BirthDate, LivesTogether = m.LivesTogether, Notes = m.Notes.TrimToNull(),
        }));
    }

}
