using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using SocialWorkStation.Platform.Approvals;
using SocialWorkStation.Platform.Permissions;
using SocialWorkStation.Platform.Results;

namespace SocialWorkStation.Modules.Administration.Features.Approvals.Requests;

/// <summary>/api/v1/approvals (申请): file a general request, list one's own requests.</summary>
internal static class RequestEndpoints
{
    public static void Map(IEndpointRouteBuilder approvals)
    {
        approvals.MapPost("", async ([FromBody] SubmitGeneralRequest request, SubmitGeneralRequestHandler handler, CancellationToken ct) =>
                (await handler.HandleAsync(request, ct)).ToHttp(v => TypedResults.Created($"/api/v1/approvals/{v.Id}", v)))
            .RequireAuthorization(PlatformPermissions.ApprovalsSubmit).WithSummary("发起通用事项申请（金额单位：元）");
        // Personal route: any signed-in user (the fallback policy) sees only their own requests.
        approvals.MapGet("/mine", async (int? page, int? pageSize, ApprovalStatus? status, ListMyRequestsHandler handler, CancellationToken ct) =>
                TypedResults.Ok(await handler.HandleAsync(page, pageSize, status, ct)))
            .RequireAuthorization().WithSummary("我的申请（分页）");
    }
}
