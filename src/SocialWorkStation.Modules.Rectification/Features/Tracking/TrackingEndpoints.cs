using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using SocialWorkStation.Platform.Common;
using SocialWorkStation.Platform.Results;

namespace SocialWorkStation.Modules.Rectification.Features.Tracking;

/// <summary>整改跟踪: the list across sources and one finding with its actions and timeline.</summary>
internal static class TrackingEndpoints
{
    public static void Map(IEndpointRouteBuilder group)
    {
        group.MapGet("/findings", async ([AsParameters] FindingListQuery query, ListFindingsHandler h, CancellationToken ct) =>
                TypedResults.Ok(await h.HandleAsync(query, ct)))
            .RequireAuthorization(RectificationPermissions.View)
            .WithSummary("整改问题列表（筛选：来源 source、状态 status、社工站 stationId、逾期 overdue、我负责的 mine、关键词 q；分页）")
            .Produces<Paged<FindingRow>>().ProducesValidationProblem();
        group.MapGet("/findings/{id:guid}", async (Guid id, GetFindingHandler h, CancellationToken ct) => (await h.HandleAsync(id, ct)).ToHttp())
            .RequireAuthorization(RectificationPermissions.View)
            .WithSummary("整改问题详情：措施、佐证数量、验证情况与整改记录")
            .Produces<FindingDetail>().ProducesProblem(404);
    }
}
