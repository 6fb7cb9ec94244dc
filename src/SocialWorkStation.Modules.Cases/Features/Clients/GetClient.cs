using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using SocialWorkStation.Modules.Cases.Domain;
using SocialWorkStation.Platform.Audit;
using SocialWorkStation.Platform.Protection;
using SocialWorkStation.Platform.Results;
using SocialWorkStation.Platform.Staff;
using SocialWorkStation.Platform.Stations;

namespace SocialWorkStation.Modules.Cases.Features.Clients;

public sealed record HouseholdMemberView(Guid Id, string Name, string Relationship, Gender Gender, DateOnly? BirthDate, bool LivesTogether, string? Notes);
public sealed record ConsentView(Guid Id, ConsentKind Kind, ConsentForm Form, string Scope, DateOnly GivenOn, string? GuardianName,
    DateOnly? WithdrawnOn, string? WithdrawalReason, string RecordedByName, bool IsActive);
public sealed record ShareView(Guid UserId, string UserName, DateTime SharedAt);
public sealed record ClientCaseView(Guid Id, string Number, CaseStatus Status);

/// <summary>The age, not the birth date, beside the masked ID number (issue 10); the date comes with a reveal.</summary>
public sealed record ClientDetail(Guid Id, string Name, Gender Gender, int? Age, string? IdNumberMasked, string? PhoneMasked,
    string? Address, IReadOnlyList<string> TargetGroups, string? GuardianName, string? GuardianRelationship, string? GuardianPhoneMasked,
    string? Notes, string RegisteredByName, DateTime RegisteredAt, long Version, bool IsUnder14,
    IReadOnlyList<HouseholdMemberView> Household, IReadOnlyList<ConsentView> Consents, IReadOnlyList<ShareView> Shares,
    IReadOnlyList<ClientCaseView> Cases);

public sealed record ClientLookupRequest
{
    [Required(ErrorMessage = "请填写身份证号。"), MaxLength(18, ErrorMessage = "身份证号应为 18 位（或旧版 15 位）。"), ChineseIdNumber]
    public string IdNumber { get; set; } = "";
}

/// <summary>Opens a client file. C1.3.4: only through <see cref="CaseAccess"/> (404 otherwise), and every opening is
/// access-logged.</summary>
internal sealed class GetClientHandler(CaseAccess access, IAccessLog log, IPersonalDataProtector protector, StationClock clock,
    IStaffDirectory staff, IIdentifierLookups lookups)
{
    public const string OpenPurpose = "查看服务对象档案";

    public async Task<Result<ClientDetail>> HandleAsync(Guid id, CancellationToken ct)
    {
        var client = await access.Clients().AsNoTracking()
            .Include(c => c.Household).Include(c => c.Consents).Include(c => c.Shares)
            .AsSplitQuery().FirstOrDefaultAsync(c => c.Id == id, ct);
        if (client is null) return Error.NotFound("服务对象不存在或无权查看。");
        var cases = await access.Cases().Where(k => k.ClientId == id).OrderByDescending(k => k.IntakeDate)
            .Select(k => new ClientCaseView(k.Id, k.Number, k.Status)).ToListAsync(ct);
        await log.RecordAsync("client", client.Id, OpenPurpose, client.StationId, ct);
        var names = await staff.NamesAsync([client.RegisteredById, .. client.Consents.Select(c => c.RecordedById ?? Guid.Empty)], ct);
        var today = clock.Today();
        var birth = ClientBirth.Of(client, protector);
        return new ClientDetail(client.Id, client.Name, client.Gender, Client.Age(birth, today), client.IdNumberMasked, client.PhoneMasked,
            client.Address, client.TargetGroupList(), client.GuardianName, client.GuardianRelationship, client.GuardianPhoneMasked,
            client.Notes, names.Of(client.RegisteredById, client.RegisteredByName), client.RegisteredAt, client.Version, Client.IsUnder14(birth, today),
            client.Household.OrderBy(m => m.Id).Select(m => new HouseholdMemberView(m.Id, m.Name, m.Relationship, m.Gender, m.BirthDate, m.LivesTogether, m.Notes)).ToList(),
            client.Consents.OrderByDescending(c => c.GivenOn).ThenBy(c => c.Id).Select(c => new ConsentView(c.Id, c.Kind, c.Form, c.Scope, c.GivenOn,
                c.GuardianName, c.WithdrawnOn, c.WithdrawalReason, names.Of(c.RecordedById, c.RecordedByName), c.IsActive)).ToList(),
            client.Shares.OrderBy(s => s.SharedAt).Select(s => new ShareView(s.UserId, s.UserName, s.SharedAt)).ToList(),
            cases);
    }

    /// <summary>Exact lookup by ID number through the blind index; a file the user may not open is not found. Every lookup is
    /// limited and access-logged, found or not (Platform/Protection/IdentifierLookups).</summary>
    public async Task<Result<PossibleDuplicate>> LookupAsync(ClientLookupRequest request, CancellationToken ct)
    {
        var index = ClientIndex.IndexIfIdNumber(protector, clock, request.IdNumber);
        if (index is null) return Error.Invalid("idNumber", "身份证号无效。");
        var found = await access.Clients().Where(c => c.IdNumberIndex == index).OrderBy(c => c.RegisteredAt)
            .Select(c => new { c.Id, c.Name, c.IdNumberMasked, c.BirthDateCipher }).FirstOrDefaultAsync(ct);
        if (await lookups.RecordAsync("client", found?.Id, null, ct) is { } refused) return refused;
        return found is null ? Error.NotFound("未找到该身份证号的服务对象，或无权查看。")
            : new PossibleDuplicate(found.Id, found.Name, found.IdNumberMasked, ClientBirth.AgeOf(found.BirthDateCipher, protector, clock.Today()));
    }
}
