using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using SocialWorkStation.Platform.Results;

namespace SocialWorkStation.Modules.Cases.Features.Plans;

/// <summary>服务计划（/api/v1/cases/{id}/plans, /api/v1/plans）. Thin: bind → handler → HTTP.
/// Plan decisions go through /api/v1/approvals (the engine's rules: team reviewers only, never one's own).</summary>
internal static class PlansEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        var cases = api.MapGroup("/cases").WithTags("个案");
        cases.MapPost("/{id:guid}/plans", async (Guid id, [FromBody] SavePlanRequest body, CreatePlanHandler h, CancellationToken ct) =>
                (await h.HandleAsync(id, body, ct)).ToHttp(v => TypedResults.Created($"/api/v1/plans/{v.Id}", v)))
            .RequireAuthorization(CasesPermissions.Manage).WithSummary("起草服务计划（新版本）");
        cases.MapGet("/{id:guid}/plans", async (Guid id, ListPlansHandler h, CancellationToken ct) => (await h.HandleAsync(id, ct)).ToHttp())
            .RequireAuthorization(CasesPermissions.ClientsView).WithSummary("服务计划各版本（新版本在前）");

        var plans = api.MapGroup("/plans").WithTags("个案");
        plans.MapGet("/{id:guid}", async (Guid id, GetPlanHandler h, CancellationToken ct) => (await h.HandleAsync(id, ct)).ToHttp())
            .RequireAuthorization(CasesPermissions.ClientsView).WithSummary("服务计划（某一版本）");
        plans.MapPut("/{id:guid}", async (Guid id, [FromBody] SavePlanRequest body, UpdatePlanHandler h, CancellationToken ct) =>
                (await h.HandleAsync(id, body, ct)).ToHttp())
            .RequireAuthorization(CasesPermissions.Manage).WithSummary("修改草稿或被退回的计划");
        plans.MapPost("/{id:guid}/submit", async (Guid id, SubmitPlanHandler h, CancellationToken ct) => (await h.HandleAsync(id, ct)).ToHttp())
            .RequireAuthorization(CasesPermissions.Manage).WithSummary("提交团队审核（退回后为重新提交）");
    }
}
