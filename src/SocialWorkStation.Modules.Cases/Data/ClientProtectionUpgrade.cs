using Microsoft.EntityFrameworkCore;
using SocialWorkStation.Modules.Cases.Features.Clients;
using SocialWorkStation.Platform.Modules;
using SocialWorkStation.Platform.Protection;

namespace SocialWorkStation.Modules.Cases.Data;

/// <summary>Start-up step for issue 10: a client registered before it kept the birth date in clear and an ID number masked
/// as its first and last four characters. Each such client gets the encrypted date, the year and the name-and-date index,
/// and the mask keeps only the last four (the old mask's own last four). Only unconverted rows are read, so a second run
/// changes nothing; the changes are audited with the old date redacted.</summary>
internal sealed class ClientProtectionUpgrade(CasesDb db, IPersonalDataProtector protector) : IDataUpgrade
{
    private const int Batch = 500;

    public int Order => 110;

    public async Task RunAsync(CancellationToken ct)
    {
        while (true)
        {
            var clients = await db.Clients
                .Where(c => c.LegacyBirthDate != null || (c.IdNumberMasked != null && c.IdNumberMasked != "" && !c.IdNumberMasked.StartsWith("*")))
                .OrderBy(c => c.Id).Take(Batch).ToListAsync(ct);
            foreach (var client in clients)
            {
                if (client.LegacyBirthDate is { } birth) ClientBirth.Set(client, birth, protector);
                if (client.IdNumberMasked is { } masked && !masked.StartsWith('*')) client.IdNumberMasked = Masking.IdNumber(masked);
            }
            await db.SaveChangesAsync(ct);
            if (clients.Count < Batch) return;
        }
    }
}
