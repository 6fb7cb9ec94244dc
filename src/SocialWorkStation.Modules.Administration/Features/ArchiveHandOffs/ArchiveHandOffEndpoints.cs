using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using SocialWorkStation.Platform.Archives;
using SocialWorkStation.Platform.Permissions;
using SocialWorkStation.Platform.Results;

namespace SocialWorkStation.Modules.Administration.Features.ArchiveHandOffs;

/// <summary>/api/v1/archive-handoffs: 待归档 for the archivist (C8.2.2) — the record sets modules declared complete, their
/// stored attachments and the documents their modules render. Read-only until the archives module (C8) files them.
/// Another station's hand-off is 404 on every route.</summary>
internal static class ArchiveHandOffEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/archive-handoffs").WithTags("归档移交")
            .RequireAuthorization(PlatformPermissions.ArchivesHandOffView);
        group.MapGet("", async ([AsParameters] ArchiveHandOffQuery query, ListArchiveHandOffsHandler handler, CancellationToken ct) =>
                (await handler.HandleAsync(query, ct)).ToHttp())
            .WithSummary("待归档列表（分页；按社工站 stationId、门类 class、年度 year、状态 status 筛选）")
            .Produces<Platform.Common.Paged<ArchiveHandOffRow>>();
        group.MapGet("/{id:guid}", async (Guid id, GetArchiveHandOffHandler handler, CancellationToken ct) =>
                (await handler.HandleAsync(id, ct)).ToHttp())
            .WithSummary("移交详情：门类、年度、保管期限、题名与归档文件清单")
            .Produces<ArchiveHandOffDetail>().ProducesProblem(404);
        group.MapGet("/{id:guid}/documents/{number:int}", async (Guid id, int number, ArchiveHandOffFilesHandler handler, HttpResponse response, CancellationToken ct) =>
            {
                var result = await handler.DocumentAsync(id, number, ct);
                if (result.IsFailure) return ApiResults.Problem(result.Error!);
                var document = result.Value!;
                NoSniffNoStore(response);
                return TypedResults.Stream(document.Content, document.ContentType, document.FileName);
            })
            .WithSummary("由来源模块当场生成的归档文件（如服务档案 PDF；编号从 1 开始；查看留痕）")
            .Produces(200, contentType: "application/pdf").ProducesProblem(404);
        group.MapGet("/{id:guid}/attachments/{attachmentId:guid}", async (Guid id, Guid attachmentId, ArchiveHandOffFilesHandler handler, HttpResponse response, CancellationToken ct) =>
            {
                var result = await handler.AttachmentAsync(id, attachmentId, ct);
                if (result.IsFailure) return ApiResults.Problem(result.Error!);
                var file = result.Value!;
                NoSniffNoStore(response);
                return TypedResults.Stream(file.Content, file.ContentType, file.FileName);
            })
            .WithSummary("移交清单中的附件（校验 SHA-256；查看留痕）")
            .Produces(200, contentType: "application/octet-stream").ProducesProblem(404).ProducesProblem(409);
    }

    // Case files are confidential (C1.3.4): the browser must not second-guess the type, and nothing is cached.
    private static void NoSniffNoStore(HttpResponse response)
    {
        response.Headers.XContentTypeOptions = "nosniff";
        response.Headers.CacheControl = "private, no-store";
    }
}
