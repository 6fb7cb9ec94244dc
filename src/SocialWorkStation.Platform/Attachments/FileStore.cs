using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace SocialWorkStation.Platform.Attachments;

public sealed class AttachmentOptions
{
    /// <summary>Folder of the local store; relative paths resolve against the working directory, like the SQLite file.</summary>
    public string Root { get; set; } = "./data/files";
    public long MaxBytes { get; set; } = 20 * 1024 * 1024;
    /// <summary><c>Local</c> (files under <see cref="Root"/>, one machine) or <c>Database</c> (chunks in the database,
    /// shared by every node).</summary>
    public string Store { get; set; } = "Local";

    public bool InDatabase => Store.Equals("Database", StringComparison.OrdinalIgnoreCase);
}

/// <summary>Where attachment bytes live. The attachment row keeps only the key. <see cref="LocalFileStore"/> by default;
/// with <c>Attachments:Store=Database</c> the data layer registers its database store in its place.</summary>
public interface IFileStore
{
    /// <summary>Stores the stream's remaining bytes and returns the generated storage key.</summary>
    Task<string> SaveAsync(Stream content, CancellationToken ct = default);
    /// <summary>Opens the stored bytes, or null when the key holds nothing.</summary>
    Task<Stream?> OpenReadAsync(string key, CancellationToken ct = default);
    Task DeleteAsync(string key, CancellationToken ct = default);
}

/// <summary>Files under Attachments:Root in 256×256 sharded folders (ab/cd/abcd…). Keys are random and generated
/// here, never derived from the user's file name, and every key is checked before it becomes a path.</summary>
internal sealed partial class LocalFileStore(IOptions<AttachmentOptions> options) : IFileStore
{
    private readonly string _root = Path.GetFullPath(options.Value.Root);

    public async Task<string> SaveAsync(Stream content, CancellationToken ct = default)
    {
        var name = Guid.NewGuid().ToString("N");
        var key = $"{name[..2]}/{name[2..4]}/{name}";
        var path = PathOf(key);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        // Write beside the target and rename, so a crash never leaves a half-written file under a valid key.
        var partial = path + ".part";
        try
        {
            await using (var file = new FileStream(partial, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true))
                await content.CopyToAsync(file, ct);
            File.Move(partial, path);
        }
        catch
        {
            File.Delete(partial);
            throw;
        }
        return key;
    }

    public Task<Stream?> OpenReadAsync(string key, CancellationToken ct = default)
    {
        var path = PathOf(key);
        Stream? stream = File.Exists(path)
            ? new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, useAsync: true)
            : null;
        return Task.FromResult(stream);
    }

    public Task DeleteAsync(string key, CancellationToken ct = default)
    {
        File.Delete(PathOf(key));
        return Task.CompletedTask;
    }

    private string PathOf(string key)
    {
        if (!KeyPattern().IsMatch(key)) throw new ArgumentException("Invalid storage key.", nameof(key));
        var path = Path.GetFullPath(Path.Combine(_root, key));
        // Belt and braces: the pattern already excludes "..", separators other than '/', and rooted paths.
        if (!path.StartsWith(_root.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            throw new ArgumentException("Storage key escapes the attachment root.", nameof(key));
        return path;
    }

    [GeneratedRegex("^[0-9a-f]{2}/[0-9a-f]{2}/[0-9a-f]{32}$")]
    private static partial Regex KeyPattern();
}
