using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using SocialWorkStation.Modules.Cases.Domain;
using SocialWorkStation.Platform.Common;
using SocialWorkStation.Platform.Protection;
using SocialWorkStation.Platform.Results;
using SocialWorkStation.Platform.Stations;

namespace SocialWorkStation.Modules.Cases.Features.Clients;

public sealed record ListClientsQuery : PageQuery
{
    /// <summary>Part of the name, or a complete ID number (matched through the blind index, never in plain text).</summary>
    [MaxLength(50, ErrorMessage = "搜索内容最长 50 个字符。")]
    public string? Q { get; set; }

    [MaxLength(20, ErrorMessage = "服务对象类别最长 20 个字符。")]
    public string? TargetGroup { get; set; }

    /// <summary>"name" (default) or "registered" (newest first).</summary>
    [RegularExpression("^(name|registered)$", ErrorMessage = "排序只能是 name 或 registered。")]
    public string? Sort { get; set; }
}

/// <summary>A list row: the age, never the birth date, beside the masked ID number (issue 10).</summary>
public sealed record ClientListItem(Guid Id, string Name, Gender Gender, int? Age, string? IdNumberMasked,
    string? PhoneMasked, IReadOnlyList<string> TargetGroups, DateTime RegisteredAt);

/// <summary>Only the clients the user may open (C1.3.4), with masked identifiers; paged and filtered in the database.</summary>
internal sealed class ListClientsHandler(CaseAccess access, IPersonalDataProtector protector, StationClock clock, IIdentifierLookups lookups)
{
    public async Task<Result<Paged<ClientListItem>>> HandleAsync(ListClientsQuery q, CancellationToken ct)
    {
        var query = access.Clients();
        string? idIndex = null;
        if (!string.IsNullOrWhiteSpace(q.Q))
        {
            var text = q.Q.Trim();
            idIndex = ClientIndex.IndexIfIdNumber(protector, clock, text);
            query = idIndex is not null ? query.Where(c => c.IdNumberIndex == idIndex) : query.Where(c => c.Name.Contains(text));
        }
        if (!string.IsNullOrWhiteSpace(q.TargetGroup))
        {
            var tag = "|" + q.TargetGroup.Trim() + "|";
            query = query.Where(c => c.TargetGroups.Contains(tag));
        }
        query = q.Sort == "registered"
            ? query.OrderByDescending(c => c.RegisteredAt).ThenBy(c => c.Id)
            : query.OrderBy(c => c.Name).ThenBy(c => c.Id);
        var total = await query.CountAsync(ct);
        var rows = await query.Skip(q.Skip()).Take(q.Size())
            .Select(c => new { c.Id, c.Name, c.Gender, c.BirthDateCipher, c.IdNumberMasked, c.PhoneMasked, c.TargetGroups, c.RegisteredAt })
            .ToListAsync(ct);
        // A search by a whole ID number confirms a guess: limited and access-logged like the exact lookup.
        if (idIndex is not null && await lookups.RecordAsync("client", rows.FirstOrDefault()?.Id, null, ct) is { } refused) return refused;
        var today = clock.Today();
        var items = rows.Select(c => new ClientListItem(c.Id, c.Name, c.Gender, ClientBirth.AgeOf(c.BirthDateCipher, protector, today), c.IdNumberMasked, c.PhoneMasked,
            c.TargetGroups.Split('|', StringSplitOptions.RemoveEmptyEntries), c.RegisteredAt)).ToList();
        return new Paged<ClientListItem>(items, total, q.PageNumber(), q.Size());
    }
}

/// <summary>Turns a typed ID number into its blind index (search and lookup never compare plain numbers).</summary>
internal static class ClientIndex
{
    public static string? IndexIfIdNumber(IPersonalDataProtector protector, StationClock clock, string text)
    {
        var today = clock.Today();
        var (parsed, _) = ChineseIdNumber.Parse(text, today);
        return parsed is null ? null : protector.BlindIndex(ClientRules.IdIndexPurpose, parsed.Normalised);
    }
}
