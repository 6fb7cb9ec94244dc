using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SocialWorkStation.Modules.Cases.Data;
using SocialWorkStation.Modules.Cases.Domain;
using SocialWorkStation.Platform.Identity;
using SocialWorkStation.Platform.Protection;
using SocialWorkStation.Platform.Results;
using SocialWorkStation.Platform.Stations;

namespace SocialWorkStation.Modules.Cases.Features.Clients;

public sealed record PossibleDuplicate(Guid Id, string Name, string? IdNumberMasked, int? Age);

/// <summary>Either the new client's id, or (nothing saved) the possible duplicates the user must look at first.
/// <paramref name="HiddenDuplicates"/> counts matches the user may not open (C1.3.4: they are not listed).</summary>
public sealed record ClientCreated(Guid? Id, IReadOnlyList<PossibleDuplicate> Duplicates, int HiddenDuplicates)
{
    public const string DuplicateMessage = "本站已有姓名和出生日期相同的服务对象，可能是同一人。请核对；确认不是同一人时选择“仍然登记”。";
    public bool IsDuplicateWarning => Id is null;
}

/// <summary>登记服务对象. The same ID number twice in one station is refused outright (one person, one file per
/// station: a second file would split the person's history and consents); the same name and birth date is only a
/// warning, since namesakes born on one day exist — the user confirms with confirmDuplicate.</summary>
internal sealed class CreateClientHandler(CasesDb db, CaseAccess access, ICurrentUser user, IOptions<CasesOptions> options,
    StationClock clock, IPersonalDataProtector protector)
{
    public const string NoStation = "请先在页面顶部选择一个社工站。";

    public async Task<Result<ClientCreated>> HandleAsync(CreateClientRequest request, CancellationToken ct)
    {
        if (user.StationId is not { } stationId) return Error.Rule(NoStation);
        var rules = new ClientRules(options, clock, protector);
        var valid = rules.Validate(request);
        if (valid.IsFailure) return valid.Error!;
        var v = valid.Value!;

        if (v.IdNumber is { } id && await IdNumberTakenAsync(db, stationId, rules.IdIndex(id), null, ct))
            return Error.Invalid("idNumber", IdNumberTaken);

        if (!request.ConfirmDuplicate && v.BirthDate is { } birth)
        {
            var nameBirth = ClientBirth.NameBirthIndex(protector, v.Name, birth);
            var age = Client.Age(birth, clock.Today());
            var sameQuery = db.Clients.Where(c => c.StationId == stationId && c.NameBirthIndex == nameBirth);
            var total = await sameQuery.CountAsync(ct);
            if (total > 0)
            {
                var visible = await access.Clients().Where(c => c.StationId == stationId && c.NameBirthIndex == nameBirth)
                    .OrderBy(c => c.RegisteredAt).Take(20)
                    .Select(c => new PossibleDuplicate(c.Id, c.Name, c.IdNumberMasked, age)).ToListAsync(ct);
                return new ClientCreated(null, visible, total - visible.Count);
            }
        }

        var client = new Client
        {
            Name = v.Name, StationId = stationId, RegisteredById = user.StaffId,
            RegisteredAt = clock.UtcNow(),
        };
        rules.Apply(client, v);
        db.Clients.Add(client);
        await db.SaveChangesAsync(ct);
        return new ClientCreated(client.Id, [], 0);
    }

    public const string IdNumberTaken = "本站已登记该身份证号的服务对象，不能重复登记；如需查看该档案，请联系站长共享。";

    /// <summary>Station-wide, whoever may open the other file: the answer reveals only that the number is registered.</summary>
    internal static Task<bool> IdNumberTakenAsync(CasesDb db, Guid stationId, string index, Guid? except, CancellationToken ct) =>
        db.Clients.AnyAsync(c => c.StationId == stationId && c.IdNumberIndex == index && (except == null || c.Id != except), ct);
}
