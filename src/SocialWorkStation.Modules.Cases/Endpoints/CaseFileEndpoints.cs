using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using SocialWorkStation.Modules.Cases.Features.CaseFile;
using SocialWorkStation.Modules.Cases.Features.Caseload;
using SocialWorkStation.Platform.Results;

namespace SocialWorkStation.Modules.Cases.Endpoints;

/// <summary>个案列表、我的个案、统计看板、服务档案与 PDF、台账导出. Thin: bind → handler → HTTP.</summary>
internal static class CaseFileEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        var cases = api.MapGroup("/cases").WithTags("个案档案");
        cases.MapGet("", async ([AsParameters] CaseListQuery query, ListCasesHandler handler, CancellationToken ct) =>
                TypedResults.Ok(await handler.HandleAsync(query, ct)))
            .RequireAuthorization(CasesPermissions.ClientsView)
            .WithSummary("个案列表（分页；sort=lastContact|intakeDate|number|status；mine=true 为我的个案）");
        cases.MapGet("/workers", async (ListCaseWorkersHandler handler, CancellationToken ct) =>
                TypedResults.Ok(await handler.HandleAsync(ct)))
            .RequireAuthorization(CasesPermissions.ClientsView).WithSummary("个案列表筛选用的负责社工");
        cases.MapGet("/dashboard", async (GetDashboardHandler handler, CancellationToken ct) =>
                TypedResults.Ok(await handler.HandleAsync(ct)))
            .RequireAuthorization(CasesPermissions.Dashboard).WithSummary("服务统计看板（本站，或县级用户的全部社工站）");
        cases.MapGet("/export.xlsx", async ([AsParameters] LedgerExportQuery query, ExportLedgerHandler handler, CancellationToken ct) =>
                (await handler.HandleAsync(query, ct)).ToHttp(file => file.ToXlsxResult()))
            .RequireAuthorization(CasesPermissions.Export).WithSummary("导出个案台账（默认脱敏；reveal=true 需查看完整证件号权限并留痕）");
        cases.MapGet("/{id:guid}/file", async (Guid id, GetCaseFileHandler handler, CancellationToken ct) =>
                (await handler.HandleAsync(id, "查看服务档案", ct)).ToHttp())
            .RequireAuthorization(CasesPermissions.ClientsView).WithSummary("服务档案（C3.4.3；查看留痕）");
        cases.MapGet("/{id:guid}/file.pdf", async (Guid id, GetCaseFilePdfHandler handler, CancellationToken ct) =>
                (await handler.HandleAsync(id, ct)).ToHttp(pdf => TypedResults.File(pdf.Content, "application/pdf", pdf.FileName)))
            .RequireAuthorization(CasesPermissions.ClientsView).WithSummary("服务档案 PDF（A4；查看留痕）");
    }
}
