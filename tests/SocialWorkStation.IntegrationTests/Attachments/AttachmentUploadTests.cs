using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using SocialWorkStation.IntegrationTests.Infrastructure;
using SocialWorkStation.Platform.Identity;

namespace SocialWorkStation.IntegrationTests.Attachments;

/// <summary>What is accepted, what is stored, and what comes back out.</summary>
public abstract class AttachmentUploadTests(TestApp app)
{
    private async Task<(HttpClient Client, Guid RequestId)> RequesterWithRequestAsync()
    {
        var station = await app.NewStationAsync();
        var worker = await app.NewUserAsync(Roles.SocialWorker, station);
        return (await app.ClientForAsync(worker), await app.StartApprovalAsync(worker, station));
    }

    public static TheoryData<string, string, string> Samples => new()
    {
        { "pdf", "报价单 2026.pdf", "application/pdf" },
        { "png", "现场照片.png", "image/png" },
        { "docx", "情况说明.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document" },
    };

    private static byte[] Sample(string kind) => kind switch
    {
        "pdf" => AttachmentKit.Pdf,
        "png" => AttachmentKit.Png,
        _ => AttachmentKit.Docx(),
    };

    [Theory]
    [MemberData(nameof(Samples))]
    [Trait("Clause", "C7.3.2")]
    public async Task An_uploaded_file_is_listed_and_downloads_byte_for_byte_with_its_sha256(string kind, string name, string type)
    {
        var (client, requestId) = await RequesterWithRequestAsync();
        var bytes = Sample(kind);

        var uploaded = await client.UploadOkAsync(requestId, bytes, name);
        Assert.Equal((name, type, (long)bytes.Length, AttachmentKit.Sha256(bytes)), (uploaded.Name, uploaded.Type, uploaded.Size, uploaded.Sha256));

        var listed = await client.GetFromJsonAsync<List<UploadedDto>>($"/api/v1/attachments/approval/{requestId}");
        Assert.Equal([uploaded], listed!);

        var download = await client.GetAsync($"/api/v1/attachments/{uploaded.Id}/content");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        var content = await download.Content.ReadAsByteArrayAsync();
        Assert.Equal(bytes, content);
        Assert.Equal(uploaded.Sha256, AttachmentKit.Sha256(content));
        Assert.Equal(type, download.Content.Headers.ContentType!.MediaType);
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal(name, download.Content.Headers.ContentDisposition.FileNameStar);
        Assert.Equal("nosniff", download.Headers.GetValues("X-Content-Type-Options").Single());
    }

    [Fact]
    [Trait("Clause", "C7.3.1")]
    public async Task An_executable_named_pdf_is_refused_with_the_allowed_types_and_not_stored()
    {
        var (client, requestId) = await RequesterWithRequestAsync();
        var before = app.StoredFiles();

        var response = await client.UploadAsync(requestId, AttachmentKit.Exe, "发票.pdf");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<ProblemDto>();
        Assert.Equal("仅支持上传 PDF、JPEG、PNG 图片、Word（.docx）和 Excel（.xlsx）文件。", problem!.Errors!["file"].Single());
        Assert.Empty(await app.RowsAsync(requestId));
        Assert.Equal(before, app.StoredFiles());
    }

    [Fact]
    public async Task A_file_over_the_limit_is_refused_while_streaming_and_nothing_is_stored()
    {
        var (client, requestId) = await RequesterWithRequestAsync();
        var before = app.StoredFiles();
        var file = new StreamContent(new GeneratedPdfStream(20 * 1024 * 1024 + 1));

        var response = await client.PostAsync($"/api/v1/attachments/approval/{requestId}", AttachmentKit.Form(file, "大文件.pdf"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<ProblemDto>();
        Assert.Equal("文件不能超过 20 MB。", problem!.Errors!["file"].Single());
        Assert.Empty(await app.RowsAsync(requestId));
        Assert.Equal(before, app.StoredFiles());
    }

    [Fact]
    public async Task A_path_in_the_file_name_is_dropped_and_the_extension_follows_the_content()
    {
        var (client, requestId) = await RequesterWithRequestAsync();
        var uploaded = await client.UploadOkAsync(requestId, AttachmentKit.Png, "../../etc/照片.html");
        Assert.Equal("照片.html.png", uploaded.Name);
        Assert.DoesNotContain("照片", (await app.RowsAsync(requestId)).Single().StorageKey);
    }

    [Fact]
    public async Task A_form_without_a_file_field_is_400_naming_the_field()
    {
        var (client, requestId) = await RequesterWithRequestAsync();
        var form = new MultipartFormDataContent { { new StringContent("说明"), "note" } };

        var response = await client.PostAsync($"/api/v1/attachments/approval/{requestId}", form);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("file", (await response.Content.ReadFromJsonAsync<ProblemDto>())!.Errors!.Keys);
    }

    [Fact]
    public async Task A_body_that_is_not_multipart_is_400()
    {
        var (client, requestId) = await RequesterWithRequestAsync();
        var response = await client.PostAsJsonAsync($"/api/v1/attachments/approval/{requestId}", new { file = "x" });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task A_broken_multipart_body_is_400_not_500()
    {
        var (client, requestId) = await RequesterWithRequestAsync();
        // The file part starts but the body ends before its closing boundary.
        var body = new ByteArrayContent(Encoding.UTF8.GetBytes(
            "--b1\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.pdf\"\r\n\r\n%PDF-1.4 no end"));
        body.Headers.ContentType = MediaTypeHeaderValue.Parse("multipart/form-data; boundary=b1");

        var response = await client.PostAsync($"/api/v1/attachments/approval/{requestId}", body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(await app.RowsAsync(requestId));
    }

    [Fact]
    [Trait("Clause", "C7.3.2")]
    public async Task A_file_changed_on_disk_is_not_served()
    {
        var (client, requestId) = await RequesterWithRequestAsync();
        var uploaded = await client.UploadOkAsync(requestId, AttachmentKit.Pdf, "报价单.pdf");
        var key = (await app.RowsAsync(requestId)).Single().StorageKey;
        await File.WriteAllBytesAsync(Path.Combine(app.FilesRoot(), key), [.. AttachmentKit.Pdf, (byte)'!']);

        var download = await client.GetAsync($"/api/v1/attachments/{uploaded.Id}/content");

        Assert.Equal(HttpStatusCode.Conflict, download.StatusCode);
        Assert.Contains("SHA-256", (await download.Content.ReadFromJsonAsync<ProblemDto>())!.Title);
    }
}

[Collection(SqliteCollection.Name)] public sealed class AttachmentUploadOnSqlite(SqliteApp app) : AttachmentUploadTests(app);
[Collection(PostgresCollection.Name)] public sealed class AttachmentUploadOnPostgres(PostgresApp app) : AttachmentUploadTests(app);
