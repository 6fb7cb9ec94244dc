namespace SocialWorkStation.Platform.Common;

/// <summary>How typed text is stored: optional fields as null rather than "" or spaces, and no text longer than its column.</summary>
public static class TextInput
{
    /// <summary>Null when empty or blank, otherwise trimmed.</summary>
    public static string? TrimToNull(this string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    /// <summary>Null when empty or blank, otherwise trimmed and cut to <paramref name="maxLength"/> characters.</summary>
    public static string? TrimToNull(this string? text, int maxLength) => text.TrimToNull() is { } t ? t.Clip(maxLength) : null;

    /// <summary>At most <paramref name="maxLength"/> characters (for text the system composes, e.g. a timeline line).</summary>
    public static string Clip(this string text, int maxLength) => text.Length > maxLength ? text[..maxLength] : text;
}
