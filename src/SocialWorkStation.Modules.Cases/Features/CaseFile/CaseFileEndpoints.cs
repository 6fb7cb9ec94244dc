using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using SocialWorkStation.Platform.Results;

namespace SocialWorkStation.Modules.Cases.Features.CaseFile;

/// <summary>服务档案与 PDF（/api/v1/cases/{id}/file, file.pdf）. Thin: bind → handler → HTTP.</summary>
internal static class CaseFileEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        var cases = api.MapGroup("/cases").WithTags("个案档案");
        cases.MapGet("/{id:guid}/file", async (Guid id, GetCaseFileHandler handler, CancellationToken ct) =>
                (await handler.HandleAsync(id, "查看服务档案", ct)).ToHttp())
            .RequireAuthorization(CasesPermissions.ClientsView).WithSummary("服务档案（C3.4.3；查看留痕）");
        cases.MapGet("/{id:guid}/file.pdf", async (Guid id, GetCaseFilePdfHandler handler, CancellationToken ct) =>
                (await handler.HandleAsync(id, ct)).ToHttp(pdf => TypedResults.File(pdf.Content, "application/pdf", pdf.FileName)))
            .RequireAuthorization(CasesPermissions.ClientsView).WithSummary("服务档案 PDF（A4；查看留痕）");
    }
}
