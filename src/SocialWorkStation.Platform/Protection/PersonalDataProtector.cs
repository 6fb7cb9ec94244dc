using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace SocialWorkStation.Platform.Protection;

/// <summary>Field-level protection of personal data (PIPL Art. 51: encryption and de-identification).
/// Values are encrypted with AES-256-GCM; exact-match lookups go through a keyed HMAC ("blind index"), so the
/// database never holds a searchable plaintext and a stolen copy cannot be matched against a list of ID numbers.</summary>
public interface IPersonalDataProtector
{
    string? Encrypt(string? plaintext);
    string? Decrypt(string? ciphertext);
    /// <summary>Deterministic keyed digest of a normalised value, for equality lookups. <paramref name="purpose"/>
    /// separates the index of one field from another's.</summary>
    string BlindIndex(string purpose, string value);
    /// <summary>HMAC-SHA256 (hex) of <paramref name="data"/> under a key derived from the personal-data key for
    /// <paramref name="purpose"/> alone (HKDF info "sws mac " + purpose): audit field hashes, the audit chain and its
    /// checkpoints each have their own key, none of them stored in the database.</summary>
    string Mac(string purpose, string data);
}

/// <summary>Keys for other purposes derived (HKDF, own info string per purpose) from the same master key, which is held
/// outside the database: e.g. the key that encrypts the Data Protection key ring, so a copy of the database alone cannot
/// forge a sign-in cookie or bearer token (issue 10, item 3).</summary>
public interface IMasterKeyDerivation
{
    byte[] DeriveKey(string info);
}

/// <summary>Keys come from <c>Protection:Key</c> (base64, 32 bytes; set it on every node of a multi-node deployment),
/// otherwise from a key file created on first start beside the embedded database.</summary>
internal sealed class PersonalDataProtector : IPersonalDataProtector, IMasterKeyDerivation
{
    private const string Prefix = "v1:";
    private readonly byte[] _encryptionKey;
    private readonly byte[] _indexKey;
    private readonly byte[] _master;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, byte[]> _macKeys = new();

    public PersonalDataProtector(IConfiguration config, IHostEnvironment env, ILogger<PersonalDataProtector> log)
    {
        _master = LoadMasterKey(config, env, log);
        _encryptionKey = DeriveKey("sws field encryption");
        _indexKey = DeriveKey("sws blind index");
    }

    public string? Encrypt(string? plaintext)
    {
        if (string.IsNullOrEmpty(plaintext)) return null;
        var data = Encoding.UTF8.GetBytes(plaintext);
        var buffer = new byte[12 + 16 + data.Length];
        var nonce = buffer.AsSpan(0, 12);
        RandomNumberGenerator.Fill(nonce);
        using var aes = new AesGcm(_encryptionKey, 16);
        aes.Encrypt(nonce, data, buffer.AsSpan(28), buffer.AsSpan(12, 16));
        return Prefix + Convert.ToBase64String(buffer);
    }

    public string? Decrypt(string? ciphertext)
    {
        if (string.IsNullOrEmpty(ciphertext)) return null;
        if (!ciphertext.StartsWith(Prefix, StringComparison.Ordinal)) throw new CryptographicException("Unknown ciphertext format.");
        var buffer = Convert.FromBase64String(ciphertext[Prefix.Length..]);
        var plain = new byte[buffer.Length - 28];
        using var aes = new AesGcm(_encryptionKey, 16);
        aes.Decrypt(buffer.AsSpan(0, 12), buffer.AsSpan(28), buffer.AsSpan(12, 16), plain);
        return Encoding.UTF8.GetString(plain);
    }

    public byte[] DeriveKey(string info) =>
        HKDF.DeriveKey(HashAlgorithmName.SHA256, _master, 32, info: Encoding.UTF8.GetBytes(info));

    public string BlindIndex(string purpose, string value) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(_indexKey, Encoding.UTF8.GetBytes(purpose + "\n" + value.Trim().ToUpperInvariant())));

    public string Mac(string purpose, string data)
    {
        var key = _macKeys.GetOrAdd(purpose, p => DeriveKey("sws mac " + p));
        return Convert.ToHexStringLower(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(data)));
    }

    private static byte[] LoadMasterKey(IConfiguration config, IHostEnvironment env, ILogger log)
    {
        if (config["Protection:Key"] is { Length: > 0 } configured)
        {
            var key = Convert.FromBase64String(configured);
            if (key.Length != 32) throw new InvalidOperationException("Protection:Key must be 32 bytes, base64-encoded.");
            return key;
        }
        var path = Path.GetFullPath(config["Protection:KeyFile"] ?? "./data/protection.key", env.ContentRootPath);
        if (File.Exists(path)) return Convert.FromBase64String(File.ReadAllText(path).Trim());
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var created = RandomNumberGenerator.GetBytes(32);
        File.WriteAllText(path, Convert.ToBase64String(created));
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        log.LogWarning("Created a new personal-data key at {Path}. Back it up: without it encrypted fields cannot be read.", path);
        return created;
    }
}
