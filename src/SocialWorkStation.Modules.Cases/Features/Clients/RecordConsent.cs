using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using SocialWorkStation.Modules.Cases.Data;
using SocialWorkStation.Modules.Cases.Domain;
using SocialWorkStation.Platform.Attachments;
using SocialWorkStation.Platform.Common;
using SocialWorkStation.Platform.Identity;
using SocialWorkStation.Platform.Protection;
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

/// <summary>知情同意 (PIPL Art. 14/29/31): general or separate consent for sensitive information; a child under 14
/// consents through the guardian.</summary>
internal sealed class RecordConsentHandler(CasesDb db, CaseAccess access, ICurrentUser user, StationClock clock, IPersonalDataProtector protector)
{
    public async Task<Result<Guid>> HandleAsync(Guid clientId, RecordConsentRequest r, CancellationToken ct)
    {
        var client = await access.Clients().FirstOrDefaultAsync(c => c.Id == clientId, ct);
        if (client is null) return Error.NotFound("服务对象不存在或无权查看。");
        if (r.GivenOn is not { } givenOn) return Error.Invalid("givenOn", "请填写同意日期。");
        if (givenOn > clock.Today()) return Error.Invalid("givenOn", "同意日期不能晚于今天。");
        if (Client.IsUnder14(ClientBirth.Of(client, protector), givenOn) && string.IsNullOrWhiteSpace(r.GuardianName))
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
}
