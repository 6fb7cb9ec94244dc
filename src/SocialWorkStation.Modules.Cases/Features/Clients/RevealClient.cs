using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using SocialWorkStation.Modules.Cases.Domain;
using SocialWorkStation.Platform.Audit;
using SocialWorkStation.Platform.Protection;
using SocialWorkStation.Platform.Results;
using SocialWorkStation.Platform.Staff;

namespace SocialWorkStation.Modules.Cases.Features.Clients;

public sealed record RevealedIdentifiers(string? IdNumber, string? Phone, string? GuardianPhone, DateOnly? BirthDate);

/// <summary>Full ID number, birth date and phones for holders of the reveal permission; each reveal is one access-log row (C1.3.4).</summary>
internal sealed class RevealClientHandler(CaseAccess access, IAccessLog log, IPersonalDataProtector protector)
{
    public const string Purpose = "查看完整身份证号/电话";

    public async Task<Result<RevealedIdentifiers>> HandleAsync(Guid id, CancellationToken ct)
    {
        var client = await access.Clients().AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, ct);
        if (client is null) return Error.NotFound("服务对象不存在或无权查看。");
        if (!access.MayReveal) return Error.Forbidden("没有查看完整身份证号与电话的权限。");
        await log.RecordAsync("client", client.Id, Purpose, client.StationId, ct);
        return new RevealedIdentifiers(protector.Decrypt(client.IdNumberCipher), protector.Decrypt(client.PhoneCipher),
            protector.Decrypt(client.GuardianPhoneCipher), ClientBirth.Of(client, protector));
    }
}
