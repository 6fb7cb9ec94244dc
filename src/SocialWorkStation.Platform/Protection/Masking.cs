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
}
