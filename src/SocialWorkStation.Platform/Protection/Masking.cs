using System.Globalization;

namespace SocialWorkStation.Platform.Protection;

/// <summary>How personal identifiers are shown to users without the reveal permission, in lists, exports and logs.</summary>
public static class Masking
{
    /// <summary>**************123X: the last four characters only (issue 10). The first four, next to a birth date, left about
    /// nine candidates for the whole number once the GB 11643 check character was applied; shown with an age, the last
    /// four leave a person unidentifiable among the area's births of a year.</summary>
    public static string IdNumber(string? value) =>
        string.IsNullOrEmpty(value) ? "" : value.Length <= 4 ? new string('*', value.Length) : new string('*', value.Length - 4) + value[^4..];

    /// <summary>138****5678.</summary>
    public static string Phone(string? value) =>
        string.IsNullOrEmpty(value) ? "" : value.Length <= 7 ? new string('*', value.Length) : value[..3] + new string('*', value.Length - 7) + value[^4..];

    /// <summary>张**: the first character (the surname, as a text element so rare CJK characters stay whole) and one
    /// star for each further character, for registers that list contacts without naming people (e.g. 服务台账).</summary>
    public static string Name(string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return "";
        var name = value.Trim();
        var characters = new StringInfo(name).LengthInTextElements;
        return characters == 1 ? "*" : StringInfo.GetNextTextElement(name) + new string('*', characters - 1);
    }
}
