using System.Globalization;
using System.Text;

namespace SocialWorkStation.Platform.Attachments;

/// <summary>Turns the name a client sent into one that is safe to store, show and offer for download.</summary>
public static class AttachmentFileName
{
    public const int MaxLength = 255;
    private const string Fallback = "附件";
    private static readonly char[] Reserved = ['<', '>', ':', '"', '|', '?', '*'];

    /// <summary>Drops any path (either separator), control and format characters (a right-to-left override can
    /// disguise "exe.pdf" as "fdp.exe"), reserved characters; then gives it the detected type's extension,
    /// so a valid PDF named "x.html" is saved as "x.html.pdf" and never opened as HTML; at most 255 characters.</summary>
    public static string Clean(string? raw, FileKind kind)
    {
        var name = raw ?? "";
        name = name[(name.LastIndexOfAny(['/', '\\']) + 1)..];
        var sb = new StringBuilder(name.Length);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (char.IsSurrogate(c))
            {
                // Keep well-formed pairs only: PostgreSQL refuses a lone surrogate (it is not valid UTF-8).
                if (char.IsHighSurrogate(c) && i + 1 < name.Length && char.IsLowSurrogate(name[i + 1]))
                {
                    if (CharUnicodeInfo.GetUnicodeCategory(name, i) != UnicodeCategory.Format) sb.Append(c).Append(name[i + 1]);
                    i++;
                }
                continue;
            }
            var category = char.GetUnicodeCategory(c);
            if (category is UnicodeCategory.Control or UnicodeCategory.Format) continue;
            sb.Append(Array.IndexOf(Reserved, c) >= 0 ? '_' : c);
        }
        // Leading dots would hide the file on Unix; trailing dots and spaces are dropped by Windows.
        name = sb.ToString().Trim().Trim('.').Trim();
        if (name.Length == 0) name = Fallback;

        var extension = Path.GetExtension(name);
        var matches = kind.Extensions.Contains(extension, StringComparer.OrdinalIgnoreCase);
        var suffix = matches ? extension : kind.Extensions[0];
        var stem = matches ? name[..^extension.Length] : name;
        return Truncate(stem, MaxLength - suffix.Length) + suffix;
    }

    private static string Truncate(string text, int max)
    {
        if (text.Length <= max) return text;
        // Do not cut a surrogate pair in half (a lone surrogate is not valid UTF-8 in the header or the database).
        var cut = char.IsHighSurrogate(text[max - 1]) ? max - 1 : max;
        return text[..cut].TrimEnd();
    }
}
