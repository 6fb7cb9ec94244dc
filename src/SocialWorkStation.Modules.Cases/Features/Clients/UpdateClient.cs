using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SocialWorkStation.Modules.Cases.Data;
using SocialWorkStation.Platform.Protection;
using SocialWorkStation.Platform.Results;
using SocialWorkStation.Platform.Stations;

namespace SocialWorkStation.Modules.Cases.Features.Clients;

public sealed record ClientSaved(Guid Id, long Version);

/// <summary>Edits a client file. The request carries the Version it was read at: if someone saved in between, the
/// answer is 409 with their values for the fields that differ (identifiers masked) — never a silent overwrite.</summary>
internal sealed class UpdateClientHandler(CasesDb db, CaseAccess access, IOptions<CasesOptions> options, StationClock clock,
    IPersonalDataProtector protector)
{
    public async Task<Result<ClientSaved>> HandleAsync(Guid id, UpdateClientRequest request, CancellationToken ct)
    {
        var client = await access.Clients().Include(c => c.Household).FirstOrDefaultAsync(c => c.Id == id, ct);
        if (client is null) return Error.NotFound("服务对象不存在或无权查看。");

        if (client.Version != request.Version) return Diff(client, request).ToError();

        var rules = new ClientRules(options, clock, protector);
        var valid = rules.Validate(request, protector.Decrypt(client.IdNumberCipher), client.GuardianPhoneCipher is not null,
            ClientBirth.Of(client, protector));
        if (valid.IsFailure) return valid.Error!;
        var v = valid.Value!;
        if (!string.IsNullOrWhiteSpace(request.IdNumber) && v.IdNumber is { } newId
            && await CreateClientHandler.IdNumberTakenAsync(db, client.StationId, rules.IdIndex(newId), client.Id, ct))
            return Error.Invalid("idNumber", CreateClientHandler.IdNumberTaken);

        rules.Apply(client, v);
        await db.SaveChangesAsync(ct);
        return new ClientSaved(client.Id, client.Version);
    }

    /// <summary>The stored values (saved by the other person) of the fields where they differ from this submission.</summary>
    private ConflictDiff Diff(Domain.Client stored, UpdateClientRequest r)
    {
        var diff = new ConflictDiff()
            .Field("name", stored.Name, (r.Name ?? "").Trim())
            .Field("gender", stored.Gender, r.Gender ?? stored.Gender)
            .Field("address", stored.Address ?? "", r.Address?.Trim() ?? "")
            .Field("targetGroups", string.Join("、", stored.TargetGroupList()), string.Join("、", (r.TargetGroups ?? []).Select(g => (g ?? "").Trim()).Where(g => g.Length > 0).Distinct()))
            .Field("guardianName", stored.GuardianName ?? "", r.GuardianName?.Trim() ?? "")
            .Field("guardianRelationship", stored.GuardianRelationship ?? "", r.GuardianRelationship?.Trim() ?? "")
            .Field("notes", stored.Notes ?? "", r.Notes?.Trim() ?? "")
            .Field("household", string.Join("、", stored.Household.OrderBy(m => m.Id).Select(m => $"{m.Name}（{m.Relationship}）")),
                string.Join("、", (r.Household ?? []).Select(m => $"{m?.Name?.Trim()}（{m?.Relationship?.Trim()}）")));
        // Identifiers and the birth date: only a newly typed value can differ; the other person's is shown as little as a list shows.
        if (r.BirthDate is { } birth && ClientBirth.Of(stored, protector) != birth)
            diff.Field("birthDate", stored.BirthYear is { } year ? $"{year} 年" : "", $"{birth.Year} 年");
        if (!string.IsNullOrWhiteSpace(r.IdNumber))
            diff.Field("idNumber", stored.IdNumberMasked ?? "", Masking.IdNumber(r.IdNumber.Trim().ToUpperInvariant()));
        if (!string.IsNullOrWhiteSpace(r.Phone)) diff.Field("phone", stored.PhoneMasked ?? "", Masking.Phone(r.Phone.Trim()));
        if (!string.IsNullOrWhiteSpace(r.GuardianPhone))
            diff.Field("guardianPhone", stored.GuardianPhoneMasked ?? "", Masking.Phone(r.GuardianPhone.Trim()));
        return diff;
    }
}
