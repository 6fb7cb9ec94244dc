using System.Buffers;
using System.Globalization;
using System.Security.Cryptography;
using SocialWorkStation.Platform.Results;

namespace SocialWorkStation.Platform.Attachments;

/// <summary>An upload received into a private temporary file: counted against the limit and hashed while it
/// streams in (the sender's Content-Length is not trusted), then seekable for type detection.</summary>
internal sealed class UploadBuffer : IAsyncDisposable
{
    private UploadBuffer(FileStream content, long size, string sha256) => (Content, Size, Sha256) = (content, size, sha256);

    public FileStream Content { get; }
    public long Size { get; }
    /// <summary>Lower-case hex SHA-256 of the bytes as received, kept to prove later that the file is unchanged (C7.3.2).</summary>
    public string Sha256 { get; }

    public static async Task<Result<UploadBuffer>> ReceiveAsync(Stream source, long maxBytes, CancellationToken ct)
    {
        var path = Path.Combine(Path.GetTempPath(), $"sws-upload-{Guid.NewGuid():N}");
        var file = new FileStream(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 81920,
            FileOptions.Asynchronous | FileOptions.DeleteOnClose);
        var buffer = ArrayPool<byte>.Shared.Rent(81920);
        var keep = false;
        try
        {
            using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            long total = 0;
            while (true)
            {
                int read;
                try
                {
                    read = await source.ReadAsync(buffer, ct);
                }
                catch (Exception e) when (e is IOException or InvalidDataException)
                {
                    // The client broke off, or the multipart body ended inside the file.
                    return Error.Invalid("file", "上传未完成或内容格式不正确，请重新上传。");
                }
                if (read == 0) break;
                total += read;
                if (total > maxBytes) return Error.Invalid("file", TooLargeMessage(maxBytes));
                hash.AppendData(buffer, 0, read);
                await file.WriteAsync(buffer.AsMemory(0, read), ct);
            }
            if (total == 0) return Error.Invalid("file", "文件是空的，请选择其他文件。");
            await file.FlushAsync(ct);
            file.Position = 0;
            keep = true;
            return new UploadBuffer(file, total, Convert.ToHexStringLower(hash.GetHashAndReset()));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
            if (!keep) await file.DisposeAsync();
        }
    }

    public static string TooLargeMessage(long maxBytes) =>
        $"文件不能超过 {(maxBytes / 1024d / 1024d).ToString("0.#", CultureInfo.InvariantCulture)} MB。";

    public ValueTask DisposeAsync() => Content.DisposeAsync();
}
