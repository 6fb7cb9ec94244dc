using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using SocialWorkStation.Platform.Attachments;

namespace SocialWorkStation.UnitTests.Attachments;

public sealed class UploadStorageTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "sws-unit-files", Guid.NewGuid().ToString("N"));
    private LocalFileStore Store => new(Options.Create(new AttachmentOptions { Root = _root }));

    [Fact]
    [Trait("Clause", "C7.3.2")]
    public async Task The_sha256_is_computed_while_receiving_and_matches_the_bytes()
    {
        var bytes = RandomNumberGenerator.GetBytes(200_000);
        var received = await UploadBuffer.ReceiveAsync(new MemoryStream(bytes), 1_000_000, CancellationToken.None);
        await using var upload = received.Value!;
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(bytes)), upload.Sha256);
        Assert.Equal(bytes.Length, upload.Size);
        Assert.Equal(0, upload.Content.Position);
    }

    [Fact]
    public async Task More_bytes_than_the_limit_are_refused_with_the_limit_in_the_message()
    {
        var received = await UploadBuffer.ReceiveAsync(new MemoryStream(new byte[2 * 1024 * 1024 + 1]), 2 * 1024 * 1024, CancellationToken.None);
        Assert.True(received.IsFailure);
        Assert.Equal("文件不能超过 2 MB。", received.Error!.Message);
        Assert.Equal(["file"], received.Error.Fields!.Keys);
    }

    [Fact]
    public async Task Exactly_the_limit_is_accepted()
    {
        var received = await UploadBuffer.ReceiveAsync(new MemoryStream(new byte[1024]), 1024, CancellationToken.None);
        await using var upload = received.Value!;
        Assert.Equal(1024, upload.Size);
    }

    [Fact]
    public async Task An_empty_file_is_refused()
    {
        var received = await UploadBuffer.ReceiveAsync(new MemoryStream(), 1024, CancellationToken.None);
        Assert.Equal("文件是空的，请选择其他文件。", received.Error!.Message);
    }

    [Fact]
    public async Task The_store_keeps_bytes_under_a_generated_sharded_key_and_deletes_them()
    {
        var bytes = "%PDF-1.4 test"u8.ToArray();
        var key = await Store.SaveAsync(new MemoryStream(bytes));
        Assert.Matches("^[0-9a-f]{2}/[0-9a-f]{2}/[0-9a-f]{32}$", key);
        Assert.True(File.Exists(Path.Combine(_root, key)));
        await using (var read = await Store.OpenReadAsync(key))
        {
            using var copy = new MemoryStream();
            await read!.CopyToAsync(copy);
            Assert.Equal(bytes, copy.ToArray());
        }
        await Store.DeleteAsync(key);
        Assert.Null(await Store.OpenReadAsync(key));
    }

    [Theory]
    [InlineData("../../../etc/passwd")]
    [InlineData("/etc/passwd")]
    [InlineData("ab/cd/../../../../etc/passwd")]
    [InlineData("ab\\cd\\0123456789abcdef0123456789abcdef")]
    [InlineData("AB/CD/0123456789ABCDEF0123456789ABCDEF")]
    [InlineData("")]
    public async Task Keys_that_are_not_store_generated_are_rejected(string key)
    {
        await Assert.ThrowsAsync<ArgumentException>(() => Store.OpenReadAsync(key));
        await Assert.ThrowsAsync<ArgumentException>(() => Store.DeleteAsync(key));
    }

    public void Dispose()
    {
        if (Directory.Exists(_root)) Directory.Delete(_root, recursive: true);
    }
}
