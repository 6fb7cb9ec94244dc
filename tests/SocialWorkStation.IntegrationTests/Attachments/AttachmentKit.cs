using System.IO.Compression;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SocialWorkStation.Data;
using SocialWorkStation.IntegrationTests.Infrastructure;
using SocialWorkStation.Platform.Approvals;
using SocialWorkStation.Platform.Attachments;
using SocialWorkStation.Platform.Stations;

namespace SocialWorkStation.IntegrationTests.Attachments;

/// <summary>Sample files, multipart bodies and approval requests for the attachment tests.</summary>
internal static class AttachmentKit
{
    public static readonly byte[] Pdf = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"u8.ToArray();
    public static readonly byte[] Png = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");
    public static readonly byte[] Exe = [(byte)'M', (byte)'Z', 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00];

    public static byte[] Docx()
    {
        using var memory = new MemoryStream();
        using (var zip = new ZipArchive(memory, ZipArchiveMode.Create, leaveOpen: true))
            foreach (var part in new[] { "[Content_Types].xml", "_rels/.rels", "word/document.xml" })
            {
                using var writer = new StreamWriter(zip.CreateEntry(part).Open());
                writer.Write("<?xml version=\"1.0\"?><w:document/>");
            }
        return memory.ToArray();
    }

    public static string Sha256(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    public static MultipartFormDataContent Form(byte[] bytes, string fileName, string field = "file") =>
        Form(new ByteArrayContent(bytes), fileName, field);

    /// <summary>The client's Content-Type always says PDF: the server must not believe it.</summary>
    public static MultipartFormDataContent Form(HttpContent file, string fileName, string field = "file")
    {
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        return new MultipartFormDataContent { { file, field, fileName } };
    }

    public static Task<HttpResponseMessage> UploadAsync(this HttpClient client, Guid requestId, byte[] bytes, string fileName) =>
        client.PostAsync($"/api/v1/attachments/approval/{requestId}", Form(bytes, fileName));

    public static async Task<UploadedDto> UploadOkAsync(this HttpClient client, Guid requestId, byte[] bytes, string fileName)
    {
        var response = await client.UploadAsync(requestId, bytes, fileName);
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<UploadedDto>())!;
    }

    public static async Task<Guid> StartApprovalAsync(this TestApp app, TestUser requester, Station station)
    {
        await using var scope = await app.UserScopeAsync(requester, station);
        var started = await scope.ServiceProvider.GetRequiredService<IApprovals>()
            .StartAsync(new ApprovalStart("general", Guid.Empty, "采购办公用品", "附报价单", null));
        return started.Value;
    }

    public static async Task ApproveAsync(this TestApp app, TestUser approver, Station station, Guid requestId)
    {
        await using var scope = await app.UserScopeAsync(approver, station);
        var result = await scope.ServiceProvider.GetRequiredService<IApprovals>().ApproveAsync(requestId, "同意");
        Assert.True(result.IsSuccess, result.Error?.Message);
    }

    public static async Task<List<Attachment>> RowsAsync(this TestApp app, Guid ownerId)
    {
        await using var scope = app.SystemScope();
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().Attachments.AsNoTracking()
            .Where(a => a.OwnerId == ownerId).ToListAsync();
    }

    public static string FilesRoot(this TestApp app) =>
        Path.GetFullPath(app.Services.GetRequiredService<IOptions<AttachmentOptions>>().Value.Root);

    public static HashSet<string> StoredFiles(this TestApp app) =>
        Directory.Exists(app.FilesRoot())
            ? Directory.EnumerateFiles(app.FilesRoot(), "*", SearchOption.AllDirectories).ToHashSet()
            : [];
}

public sealed record UploadedDto(Guid Id, string Name, string Type, long Size, string Sha256);
public sealed record ProblemDto(string Title, Dictionary<string, string[]>? Errors);

/// <summary>"%PDF-" followed by zeros, produced as it is read and of unknown length, so the request is sent
/// chunked without a Content-Length: the server has to count what actually arrives.</summary>
internal sealed class GeneratedPdfStream(long length) : Stream
{
    private long _position;
    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => _position; set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count)
    {
        var n = (int)Math.Min(count, length - _position);
        Array.Clear(buffer, offset, n);
        for (var i = 0; i < n; i++)
            if (_position + i < 5) buffer[offset + i] = "%PDF-"u8[(int)_position + i];
        _position += n;
        return n;
    }

    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
