using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using SocialWorkStation.Platform.Attachments;
using SocialWorkStation.Platform.Permissions;
using SocialWorkStation.Platform.Results;
using SocialWorkStation.Web.Api;

namespace SocialWorkStation.Web.Attachments;

/// <summary>/api/v1/attachments: files of any record whose module implements IAttachmentOwner.
/// Reading needs no permission of its own: a file is readable exactly when its owning record is.</summary>
internal static class AttachmentEndpoints
{
    public const string FileField = "file";
    // Room for the multipart boundaries and part headers around the file; the file itself is counted by the handler.
    private const long MultipartOverhead = 64 * 1024;

    // No .Accepts<…>("multipart/form-data") for the API reference: routing would then answer other bodies with a
    // bare 415 instead of our 400 that says, in Chinese, how to upload.
    public static void MapAttachmentEndpoints(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/attachments").WithTags("附件");

        // No .DisableAntiforgery(): the body is read with MultipartReader, not bound as a form, so no antiforgery
        // metadata is attached and bearer clients are not asked for a token. Cookie clients are covered by the
        // SameSite=Lax auth cookie, which a cross-site POST does not carry.
        group.MapPost("/{ownerType}/{ownerId:guid}", UploadAsync)
            .RequireAuthorization(PlatformPermissions.AttachmentsUpload)
            .WithSummary("上传附件（multipart/form-data，文件字段 file；按文件内容识别类型）")
            .Produces<AttachmentDto>().ProducesValidationProblem().ProducesProblem(403).ProducesProblem(404);

        group.MapGet("/{ownerType}/{ownerId:guid}", async (string ownerType, Guid ownerId, ListAttachmentsHandler handler, CancellationToken ct) =>
                (await handler.HandleAsync(new(ownerType, ownerId), ct)).ToHttp())
            .RequireAuthorization() // the owning record's own rule decides (IAttachmentOwner.CanReadAsync)
            .WithSummary("某条记录的附件列表")
            .Produces<IReadOnlyList<AttachmentDto>>().ProducesProblem(404);

        group.MapGet("/{id:guid}/content", DownloadAsync)
            .RequireAuthorization() // the owning record's own rule decides (IAttachmentOwner.CanReadAsync)
            .WithSummary("下载附件（校验 SHA-256 后以附件形式返回）")
            .Produces(200, contentType: "application/octet-stream").ProducesProblem(404).ProducesProblem(409);

        group.MapDelete("/{id:guid}", async (Guid id, DeleteAttachmentHandler handler, CancellationToken ct) =>
                (await handler.HandleAsync(new(id), ct)).ToHttp())
            .RequireAuthorization(PlatformPermissions.AttachmentsUpload)
            .WithSummary("删除附件（仅限可修改所属记录的用户）")
            .Produces(204).ProducesProblem(403).ProducesProblem(404);
    }

    private static async Task<IResult> UploadAsync(string ownerType, Guid ownerId, HttpContext http,
        UploadAttachmentHandler handler, IOptions<AttachmentOptions> options, CancellationToken ct)
    {
        // Kestrel's default cap (30 MB) would otherwise decide instead of Attachments:MaxBytes.
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
            limit.MaxRequestBodySize = options.Value.MaxBytes + MultipartOverhead;

        var section = await FindFileSectionAsync(http.Request, ct);
        if (section.IsFailure) return ApiResults.Problem(section.Error!);
        var (body, fileName) = section.Value!;
        return (await handler.HandleAsync(new(ownerType, ownerId, fileName, body), ct)).ToHttp();
    }

    /// <summary>Streams the request up to the part named "file"; the part's body is then read by the handler
    /// straight from the connection, so nothing is buffered in memory and the size is counted as it arrives.</summary>
    private static async Task<Result<(Stream Body, string? FileName)>> FindFileSectionAsync(HttpRequest request, CancellationToken ct)
    {
        var missing = Error.Invalid(FileField, "请选择要上传的文件（multipart/form-data，文件字段名为 file）。");
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var type)
            || !type.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase)
            || HeaderUtilities.RemoveQuotes(type.Boundary).Value is not { Length: > 0 and <= 70 } boundary)
            return missing;

        var reader = new MultipartReader(boundary, request.Body);
        try
        {
            while (await reader.ReadNextSectionAsync(ct) is { } section)
            {
                if (!ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition)
                    || !disposition.IsFileDisposition()
                    || !string.Equals(HeaderUtilities.RemoveQuotes(disposition.Name).Value, FileField, StringComparison.Ordinal))
                    continue;
                var fileName = disposition.FileNameStar.HasValue
                    ? disposition.FileNameStar.Value
                    : HeaderUtilities.RemoveQuotes(disposition.FileName).Value;
                return (section.Body, fileName);
            }
        }
        catch (Exception e) when (e is IOException or InvalidDataException)
        {
            // Bad boundaries, a truncated body, oversized part headers: the client's mistake, not a fault.
            return Error.Invalid(FileField, "上传内容格式不正确，请重新选择文件上传。");
        }
        return missing;
    }

    private static async Task<IResult> DownloadAsync(Guid id, DownloadAttachmentHandler handler, HttpResponse response, CancellationToken ct)
    {
        var result = await handler.HandleAsync(new(id), ct);
        if (result.IsFailure) return ApiResults.Problem(result.Error!);
        var file = result.Value!;
        // The type is the detected one and the browser must not second-guess it; confidential files stay out of caches.
        response.Headers.XContentTypeOptions = "nosniff";
        response.Headers.CacheControl = "private, no-store";
        // fileDownloadName makes Content-Disposition "attachment" with an ASCII filename and an RFC 5987 filename*.
        return TypedResults.Stream(file.Content, file.ContentType, file.FileName);
    }
}
