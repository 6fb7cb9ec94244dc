using System.Security.Cryptography;
using System.Text;

namespace SocialWorkStation.Platform.Identity;

/// <summary>One-time enrolment codes (签发绑定码): short, easy to read out (no 0/O, 1/I/L), valid for a day, stored as a
/// SHA-256 hash; issued by an administrator, consumed by the user's authenticator enrolment.</summary>
public static class EnrolmentCodes
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(24);
    private const string Alphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

    public static string New() => RandomNumberGenerator.GetString(Alphabet, 8);

    public static string Hash(string code) => Convert.ToHexStringLower(SHA256.HashData(
        Encoding.UTF8.GetBytes(new string(code.Where(char.IsAsciiLetterOrDigit).ToArray()).ToUpperInvariant())));
}
