using System.Globalization;

namespace SocialWorkStation.Platform.Protection;

/// <summary>How personal identifiers are shown to users without the reveal permission, in lists, exports and logs.</summary>
public static class Masking
{
    /// <summary>3301**********123X: the first four and last four characters stay (province/city and the check part).</summary>
    public static string IdNumber(string? value) =>
        string.IsNullOrEmpty(value) ? "" : value.Length <= 8 ? new string('*', value.Length) : value[..4] + new string('*', value.Length - 8) + value[^4..];

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
