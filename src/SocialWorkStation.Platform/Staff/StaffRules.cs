using SocialWorkStation.Platform.Identity;

namespace SocialWorkStation.Platform.Staff;

/// <summary>The small rules of the staff registry (docs/adr/012).</summary>
public static class StaffRules
{
    /// <summary>Roles of people who read a station's records without working there: third-party evaluators and county
    /// oversight staff.</summary>
    public static readonly IReadOnlyList<string> OutsideRoles = [Roles.Evaluator, Roles.County];

    /// <summary>The stations a login's person serves: those the account is assigned to, unless every role it holds is an
    /// outside role (an evaluator assigned to a station for reading is not one of its staff).</summary>
    public static IReadOnlyList<Guid> ServedStations(IEnumerable<string> roles, IEnumerable<Guid> stationIds)
    {
        var held = roles.ToList();
        return held.Count > 0 && held.All(OutsideRoles.Contains) ? [] : stationIds.Distinct().ToList();
    }

    /// <summary>The name a login's staff record carries: the display name, else the user name.</summary>
    public static string NameOf(AppUser user)
    {
        var name = string.IsNullOrWhiteSpace(user.DisplayName) ? user.UserName ?? "" : user.DisplayName.Trim();
        return name.Length > 50 ? name[..50] : name;
    }

    private static readonly char[] Separators = ['、', '，', ',', '；', ';', '/', '／', ' ', '　', '\t', '\r', '\n'];

    /// <summary>Free text that lists people ("李明、王芳") as staff ids: only when every listed name is the name of exactly
    /// one of <paramref name="staff"/>; null otherwise, so text that cannot be matched in full is kept as it was written.</summary>
    public static IReadOnlyList<Guid>? MatchNames(string? text, IEnumerable<(Guid Id, string Name)> staff)
    {
        var names = (text ?? "").Split(Separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (names.Length == 0) return null;
        var byName = staff.GroupBy(s => s.Name.Trim(), StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Select(s => s.Id).Distinct().ToList(), StringComparer.Ordinal);
        var ids = new List<Guid>();
        foreach (var name in names)
        {
            if (!byName.TryGetValue(name, out var found) || found.Count != 1) return null;
            if (!ids.Contains(found[0])) ids.Add(found[0]);
        }
        return ids;
    }
}
