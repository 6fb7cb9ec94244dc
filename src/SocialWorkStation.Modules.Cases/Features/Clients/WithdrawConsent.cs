using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using SocialWorkStation.Modules.Cases.Data;
using SocialWorkStation.Modules.Cases.Domain;
using SocialWorkStation.Platform.Attachments;
using SocialWorkStation.Platform.Results;
using SocialWorkStation.Platform.Stations;

namespace SocialWorkStation.Modules.Cases.Features.Clients;

public sealed class WithdrawConsentRequest
{
    [Required(ErrorMessage = "请填写撤回日期。")]
    public DateOnly? WithdrawnOn { get; set; }

    [Required(ErrorMessage = "请填写撤回原因。"), MaxLength(500, ErrorMessage = "撤回原因最长 500 个字符。")]
    public string Reason { get; set; } = "";
}

/// <summary>Withdrawal of a consent is recorded, never deleted, so the history of consent stays provable (PIPL Art. 14/29/31).</summary>
internal sealed class WithdrawConsentHandler(CasesDb db, CaseAccess access, StationClock clock)
{
    public async Task<Result> HandleAsync(Guid clientId, Guid consentId, WithdrawConsentRequest r, CancellationToken ct)
    {
        if (!await access.Clients().AnyAsync(c => c.Id == clientId, ct)) return Error.NotFound("服务对象不存在或无权查看。");
        var consent = await db.Consents.FirstOrDefaultAsync(c => c.Id == consentId && c.ClientId == clientId, ct);
        if (consent is null) return Error.NotFound("知情同意记录不存在。");
        if (consent.Withdraw(r.WithdrawnOn, r.Reason, clock.Today()).Error is { } refused) return refused;
        await db.SaveChangesAsync(ct);
        return Result.Success();
    }
}
