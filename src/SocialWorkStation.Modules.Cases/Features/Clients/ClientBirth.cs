using System.Globalization;
using SocialWorkStation.Modules.Cases.Domain;
using SocialWorkStation.Platform.Protection;

namespace SocialWorkStation.Modules.Cases.Features.Clients;

/// <summary>A client's birth date at rest (issue 10): encrypted, with the year in clear and a blind index of name and
/// date for the duplicate check. Screens, exports and the API show the age; the full date only on reveal.</summary>
internal static class ClientBirth
{
    private const string NameBirthPurpose = "client-name-birth";

    public static void Set(Client client, DateOnly? date, IPersonalDataProtector protector)
    {
        client.BirthYear = date?.Year;
        client.BirthDateCipher = date is { } d ? protector.Encrypt(Text(d)) : null;
        client.NameBirthIndex = date is { } b ? NameBirthIndex(protector, client.Name, b) : null;
        client.LegacyBirthDate = null;
    }

    public static DateOnly? Of(Client client, IPersonalDataProtector protector) => Decode(client.BirthDateCipher, protector);

    public static DateOnly? Decode(string? cipher, IPersonalDataProtector protector) =>
        protector.Decrypt(cipher) is { } text ? DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture) : null;

    public static int? AgeOf(string? cipher, IPersonalDataProtector protector, DateOnly today) => Client.Age(Decode(cipher, protector), today);

    public static string NameBirthIndex(IPersonalDataProtector protector, string name, DateOnly date) =>
        protector.BlindIndex(NameBirthPurpose, name.Trim() + "|" + Text(date));

    private static string Text(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
