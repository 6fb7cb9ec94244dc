using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using SocialWorkStation.Platform.Results;

namespace SocialWorkStation.Modules.Cases.Features.Delivery;

/// <summary>服务记录、小组与社区活动、进展评估（/api/v1/cases/{id}/services|reviews, /api/v1/services, /api/v1/activities）. Thin: bind → handler → HTTP.</summary>
internal static class DeliveryEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        var manage = CasesPermissions.Manage;
        // Reading a case's file is 查看个案 (read-only roles such as evaluators see it, sensitive text masked); changing it is casework.
        var view = CasesPermissions.ClientsView;
        var cases = api.MapGroup("/cases").WithTags("个案服务");
        cases.MapPost("/{id:guid}/services", async (Guid id, [FromBody] RecordServiceRequest body, RecordServiceHandler h, CancellationToken ct) =>
                (await h.HandleAsync(id, body, ct)).ToHttp(v => TypedResults.Created($"/api/v1/services/{v.Id}", v)))
            .RequireAuthorization(manage).WithSummary("记录一次服务（须有已审核通过的服务计划）");
        cases.MapGet("/{id:guid}/services", async (Guid id, [AsParameters] ServiceListQuery query, ListServicesHandler h, CancellationToken ct) =>
                (await h.HandleAsync(id, query, ct)).ToHttp())
            .RequireAuthorization(view).WithSummary("个案的服务记录（分页，最新在前）");
        cases.MapPost("/{id:guid}/reviews", async (Guid id, [FromBody] RecordReviewRequest body, RecordReviewHandler h, CancellationToken ct) =>
                (await h.HandleAsync(id, body, ct)).ToHttp(v => TypedResults.Created($"/api/v1/cases/{id}/reviews", v)))
            .RequireAuthorization(manage).WithSummary("服务进展检查评估（C3.3.3）");
        cases.MapGet("/{id:guid}/reviews", async (Guid id, ListReviewsHandler h, CancellationToken ct) => (await h.HandleAsync(id, ct)).ToHttp())
            .RequireAuthorization(view).WithSummary("个案的进展评估记录");

        var services = api.MapGroup("/services").WithTags("个案服务");
        services.MapGet("/{id:guid}", async (Guid id, GetServiceHandler h, CancellationToken ct) => (await h.HandleAsync(id, ct)).ToHttp())
            .RequireAuthorization(view).WithSummary("一条服务记录");
        services.MapPut("/{id:guid}", async (Guid id, [FromBody] UpdateServiceRequest body, UpdateServiceHandler h, CancellationToken ct) =>
                (await h.HandleAsync(id, body, ct)).ToHttp())
            .RequireAuthorization(manage).WithSummary("修改服务记录（记录人或站长；携带版本号）");

        var activities = api.MapGroup("/activities").WithTags("小组与社区活动");
        activities.MapPost("", async ([FromBody] RecordActivityRequest body, RecordActivityHandler h, CancellationToken ct) =>
                (await h.HandleAsync(body, ct)).ToHttp(v => TypedResults.Created($"/api/v1/activities/{v.Id}", v)))
            .RequireAuthorization(manage).WithSummary("记录小组/社区活动及签到（人次 = 登记参与者 + 现场签到）");
        activities.MapGet("", async ([AsParameters] ActivityListQuery query, ListActivitiesHandler h, CancellationToken ct) =>
                TypedResults.Ok(await h.HandleAsync(query, ct)))
            .RequireAuthorization(manage).WithSummary("活动列表（分页，可按日期范围筛选）");
        activities.MapGet("/client-search", async (string? q, SearchActivityClientsHandler h, CancellationToken ct) =>
                TypedResults.Ok(await h.HandleAsync(q, ct)))
            .RequireAuthorization(manage).WithSummary("签到选人：按姓名查找可见的服务对象（最多 20 条，身份证号脱敏）");
        activities.MapGet("/{id:guid}", async (Guid id, GetActivityHandler h, CancellationToken ct) => (await h.HandleAsync(id, ct)).ToHttp())
            .RequireAuthorization(manage).WithSummary("活动详情：签到名单与计入的个案");
    }
}
