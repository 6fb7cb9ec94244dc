using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using SocialWorkStation.Platform.Results;

namespace SocialWorkStation.Modules.Cases.Features.Caseload;

/// <summary>个案列表、我的个案、统计看板、台账导出（/api/v1/cases）. Thin: bind → handler → HTTP.</summary>
internal static class CaseloadEndpoints
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
    }
}
