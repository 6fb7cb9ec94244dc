using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using SocialWorkStation.Platform.Results;

namespace SocialWorkStation.Modules.Cases.Features.Closure;

/// <summary>结案、重新开案、跟进回访（/api/v1/cases/{id}/closure|follow-ups|reopen, /api/v1/closures, /api/v1/follow-ups）. Thin: bind → handler → HTTP.</summary>
internal static class ClosureEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        var manage = CasesPermissions.Manage;
        // Reading a case's file is 查看个案 (read-only roles such as evaluators see it, sensitive text masked); changing it is casework.
        var view = CasesPermissions.ClientsView;
        var cases = api.MapGroup("/cases").WithTags("个案服务");
        cases.MapPost("/{id:guid}/closure", async (Guid id, [FromBody] RequestClosureRequest body, RequestClosureHandler h, CancellationToken ct) =>
                (await h.HandleAsync(id, body, ct)).ToHttp(v => TypedResults.Created($"/api/v1/cases/{id}/closure", v)))
            .RequireAuthorization(manage).WithSummary("申请结案（提交督导审核）");
        cases.MapGet("/{id:guid}/closure", async (Guid id, GetClosureHandler h, CancellationToken ct) => (await h.HandleAsync(id, ct)).ToHttp())
            .RequireAuthorization(view).WithSummary("个案最近一次结案申请");
        cases.MapGet("/{id:guid}/follow-ups", async (Guid id, GetClosureHandler h, CancellationToken ct) => (await h.FollowUpsAsync(id, ct)).ToHttp())
            .RequireAuthorization(view).WithSummary("个案的跟进回访");
        cases.MapPost("/{id:guid}/reopen", async (Guid id, [FromBody] ReopenCaseRequest body, ReopenCaseHandler h, CancellationToken ct) =>
                (await h.HandleAsync(id, body, ct)).ToHttp())
            .RequireAuthorization(manage).WithSummary("重新开案（回到需求评估）");

        api.MapPost("/closures/{id:guid}/resubmit", async (Guid id, [FromBody] ResubmitClosureRequest body, ResubmitClosureHandler h, CancellationToken ct) =>
                (await h.HandleAsync(id, body, ct)).ToHttp())
            .RequireAuthorization(manage).WithTags("个案服务").WithSummary("修改并重新提交被退回的结案申请");

        var followUps = api.MapGroup("/follow-ups").WithTags("个案服务");
        followUps.MapPost("", async ([FromBody] AddFollowUpRequest body, AddFollowUpHandler h, CancellationToken ct) =>
                (await h.HandleAsync(body, ct)).ToHttp(v => TypedResults.Created($"/api/v1/cases/{v.CaseId}/follow-ups", v)))
            .RequireAuthorization(manage).WithSummary("增加一次跟进回访");
        followUps.MapPost("/{id:guid}/record", async (Guid id, [FromBody] RecordFollowUpRequest body, RecordFollowUpHandler h, CancellationToken ct) =>
                (await h.HandleAsync(id, body, ct)).ToHttp())
            .RequireAuthorization(manage).WithSummary("记录跟进回访（C3.5.2）");
    }
}
