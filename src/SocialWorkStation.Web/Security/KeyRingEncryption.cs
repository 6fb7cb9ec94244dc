using System.Security.Cryptography;
using System.Text;
using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.XmlEncryption;
using SocialWorkStation.Platform.Protection;

namespace SocialWorkStation.Web.Security;

/// <summary>Encrypts each Data Protection key (which signs cookies and bearer tokens) before it is stored in the database,
/// with AES-256-GCM under a key derived from the personal-data master key (<c>Protection:Key</c> or the key file), which
/// never enters the database. A copy of the database alone can then neither read the key ring nor forge a sign-in
/// (issue 10, item 3). Every node must share <c>Protection:Key</c>, as it must for the personal data already.</summary>
internal sealed class KeyRingEncryptor(IMasterKeyDerivation keys) : IXmlEncryptor
{
    public const string Info = "sws data protection key ring";

    public EncryptedXmlInfo Encrypt(XElement plaintextElement)
    {
        var plain = Encoding.UTF8.GetBytes(plaintextElement.ToString(SaveOptions.DisableFormatting));
        var buffer = new byte[12 + 16 + plain.Length];
        RandomNumberGenerator.Fill(buffer.AsSpan(0, 12));
        using (var aes = new AesGcm(keys.DeriveKey(Info), 16))
            aes.Encrypt(buffer.AsSpan(0, 12), plain, buffer.AsSpan(28), buffer.AsSpan(12, 16));
        var element = new XElement("encryptedKey",
            new XComment(" AES-256-GCM under a key derived from Protection:Key; nonce, tag, ciphertext "),
            new XElement("value", Convert.ToBase64String(buffer)));
        return new EncryptedXmlInfo(element, typeof(KeyRingDecryptor));
    }
}

/// <summary>Reads what <see cref="KeyRingEncryptor"/> wrote. Created by Data Protection's activator by type name.</summary>
internal sealed class KeyRingDecryptor(IServiceProvider services) : IXmlDecryptor
{
    public XElement Decrypt(XElement encryptedElement)
    {
        var buffer = Convert.FromBase64String((string?)encryptedElement.Element("value")
                                              ?? throw new CryptographicException("Encrypted key has no value."));
        var plain = new byte[buffer.Length - 28];
        var keys = services.GetRequiredService<IMasterKeyDerivation>();
        using (var aes = new AesGcm(keys.DeriveKey(KeyRingEncryptor.Info), 16))
            aes.Decrypt(buffer.AsSpan(0, 12), buffer.AsSpan(28), buffer.AsSpan(12, 16), plain);
        return XElement.Parse(Encoding.UTF8.GetString(plain));
    }
}
