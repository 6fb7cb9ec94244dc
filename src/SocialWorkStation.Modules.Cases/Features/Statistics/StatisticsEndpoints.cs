using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using SocialWorkStation.Modules.Cases.Features.Caseload;
using SocialWorkStation.Platform.Results;

namespace SocialWorkStation.Modules.Cases.Features.Statistics;

/// <summary>月度服务统计与服务台账（/api/v1/statistics, /api/v1/services/export.xlsx）. Thin: bind → handler → HTTP.</summary>
internal static class StatisticsEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapGet("/statistics/monthly", async (string? month, GetMonthlyStatisticsHandler handler, CancellationToken ct) =>
                (await handler.HandleAsync(month, ct)).ToHttp())
            .RequireAuthorization(CasesPermissions.Dashboard).WithTags("服务统计")
            .WithSummary("月度服务统计（month=yyyy-MM，缺省为上月；每个可见社工站一行及合计）");
        api.MapGet("/services/export.xlsx", async (string? month, ExportServiceLedgerHandler handler, CancellationToken ct) =>
                (await handler.HandleAsync(month, ct)).ToHttp(file => file.ToXlsxResult()))
            .RequireAuthorization(CasesPermissions.Export).WithTags("服务统计")
            .WithSummary("导出服务台账（month=yyyy-MM，缺省为上月；姓名脱敏，不含服务内容与证件号；导出留痕）");
    }
}
