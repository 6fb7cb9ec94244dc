using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using SocialWorkStation.Modules.Cases.Data;
using SocialWorkStation.Modules.Cases.Domain;
using SocialWorkStation.Platform.Attachments;
using SocialWorkStation.Platform.Common;
using SocialWorkStation.Platform.Identity;
using SocialWorkStation.Platform.Results;
using SocialWorkStation.Platform.Stations;

namespace SocialWorkStation.Modules.Cases.Features.Clients;

public sealed class RecordConsentRequest
{
    public ConsentKind Kind { get; set; }
    public ConsentForm Form { get; set; }

    [Required(ErrorMessage = "请填写同意的范围。"), MaxLength(500, ErrorMessage = "同意范围最长 500 个字符。")]
    public string Scope { get; set; } = "";

    [Required(ErrorMessage = "请填写同意日期。")]
    public DateOnly? GivenOn { get; set; }

    [MaxLength(50, ErrorMessage = "监护人姓名最长 50 个字符。")]
    public string? GuardianName { get; set; }
}

public sealed class WithdrawConsentRequest
{
    [Required(ErrorMessage = "请填写撤回日期。")]
    public DateOnly? WithdrawnOn { get; set; }

    [Required(ErrorMessage = "请填写撤回原因。"), MaxLength(500, ErrorMessage = "撤回原因最长 500 个字符。")]
    public string Reason { get; set; } = "";
}

/// <summary>知情同意 (PIPL Art. 14/29/31): general or separate consent for sensitive information; a child under 14
/// consents through the guardian. Withdrawal is recorded, never deleted, so the history of consent stays provable.</summary>
internal sealed class ConsentsHandler(CasesDb db, CaseAccess access, ICurrentUser user, StationClock clock)
{
    private DateOnly Today => clock.Today();

    public async Task<Result<Guid>> RecordAsync(Guid clientId, RecordConsentRequest r, CancellationToken ct)
    {
        var client = await access.Clients().FirstOrDefaultAsync(c => c.Id == clientId, ct);
        if (client is null) return Error.NotFound("服务对象不存在或无权查看。");
        if (r.GivenOn is not { } givenOn) return Error.Invalid("givenOn", "请填写同意日期。");
        if (givenOn > Today) return Error.Invalid("givenOn", "同意日期不能晚于今天。");
        if (client.IsUnder14(givenOn) && string.IsNullOrWhiteSpace(r.GuardianName))
            return Error.Invalid("guardianName", "服务对象在同意日未满 14 周岁，须由监护人同意并填写监护人姓名。");
        var consent = new Consent
        {
            StationId = client.StationId, ClientId = client.Id, Kind = r.Kind, Form = r.Form, Scope = r.Scope.Trim(), GivenOn = givenOn,
            GuardianName = r.GuardianName.TrimToNull(), RecordedById = user.StaffId,
        };
        db.Consents.Add(consent);
        await db.SaveChangesAsync(ct);
        return consent.Id;
    }

    public async Task<Result> WithdrawAsync(Guid clientId, Guid consentId, WithdrawConsentRequest r, CancellationToken ct)
    {
        if (!await access.Clients().AnyAsync(c => c.Id == clientId, ct)) return Error.NotFound("服务对象不存在或无权查看。");
        var consent = await db.Consents.FirstOrDefaultAsync(c => c.Id == consentId && c.ClientId == clientId, ct);
        if (consent is null) return Error.NotFound("知情同意记录不存在。");
        if (!consent.IsActive) return Error.Rule("该知情同意已撤回。");
        if (r.WithdrawnOn is not { } on) return Error.Invalid("withdrawnOn", "请填写撤回日期。");
        if (on < consent.GivenOn) return Error.Invalid("withdrawnOn", "撤回日期不能早于同意日期。");
        if (on > Today) return Error.Invalid("withdrawnOn", "撤回日期不能晚于今天。");
        consent.WithdrawnOn = on;
        consent.WithdrawalReason = r.Reason.Trim();
        await db.SaveChangesAsync(ct);
        return Result.Success();
    }
}

/// <summary>Scanned consent forms are attachments of owner type "consent": readable when the client file is, writable
/// by holders of <see cref="CasesPermissions.ClientsEdit"/> who can see it.</summary>
internal sealed class ConsentAttachmentOwner(CasesDb db, CaseAccess access, ICurrentUser user) : IAttachmentOwner
{
    public string OwnerType => "consent";

    public async Task<bool> CanReadAsync(Guid ownerId, CancellationToken ct) => await StationOfAsync(ownerId, ct) is not null;

    public async Task<bool> CanWriteAsync(Guid ownerId, CancellationToken ct) =>
        user.Has(CasesPermissions.ClientsEdit) && await CanReadAsync(ownerId, ct);

    public async Task<Guid?> StationOfAsync(Guid ownerId, CancellationToken ct)
    {
        var consent = await db.Consents.AsNoTracking().Where(c => c.Id == ownerId)
            .Select(c => new { c.ClientId, c.StationId }).FirstOrDefaultAsync(ct);
        if (consent is null || !await access.Clients().AnyAsync(c => c.Id == consent.ClientId, ct)) return null;
        return consent.StationId;
    }
}
