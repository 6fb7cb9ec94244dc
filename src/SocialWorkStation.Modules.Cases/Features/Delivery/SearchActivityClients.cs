using Microsoft.EntityFrameworkCore;
using SocialWorkStation.Platform.Staff;

namespace SocialWorkStation.Modules.Cases.Features.Delivery;

internal sealed record ClientPick(Guid Id, string Name, string? IdNumberMasked);

/// <summary>Sign-in picker: visible clients whose name contains the text, at most 20, ID masked (C1.3.4).</summary>
internal sealed class SearchActivityClientsHandler(CaseAccess access)
{
    public async Task<IReadOnlyList<ClientPick>> HandleAsync(string? q, CancellationToken ct = default)
    {
        var text = q?.Trim() ?? "";
        if (text.Length == 0) return [];
        if (text.Length > 50) text = text[..50];
        return await access.Clients().AsNoTracking().Where(c => c.Name.Contains(text)).OrderBy(c => c.Name).Take(20)
            .Select(c => new ClientPick(c.Id, c.Name, c.IdNumberMasked)).ToListAsync(ct);
    }
}
