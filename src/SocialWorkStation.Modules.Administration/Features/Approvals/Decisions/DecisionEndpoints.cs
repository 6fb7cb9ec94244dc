using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using SocialWorkStation.Platform.Approvals;
using SocialWorkStation.Platform.Results;

namespace SocialWorkStation.Modules.Administration.Features.Approvals.Decisions;

public sealed record InboxResponse(int Count, IReadOnlyList<ApprovalSummary> Items);

/// <summary>/api/v1/approvals (待办): the inbox, a request's detail and the four decisions. Personal routes: any
/// signed-in user (the fallback policy); who may decide is the engine's rule.</summary>
internal static class DecisionEndpoints
{
    public static void Map(IEndpointRouteBuilder approvals)
    {
        approvals.MapGet("/inbox", async (IApprovalInbox inbox, CancellationToken ct) =>
            {
                var items = await inbox.PendingForMeAsync(ct);
                return TypedResults.Ok(new InboxResponse(await inbox.CountAsync(ct), items));
            })
            .RequireAuthorization().WithSummary("我的待办：等待我审批的申请");
        approvals.MapGet("/{id:guid}", async (Guid id, GetApprovalDetailHandler handler, CancellationToken ct) =>
                (await handler.HandleAsync(id, ct)).ToHttp())
            .RequireAuthorization().WithSummary("申请详情：步骤与完整审批记录");
        approvals.MapPost("/{id:guid}/approve", async (Guid id, [FromBody] DecisionRequest? body, DecideApprovalHandler handler, CancellationToken ct) =>
                (await handler.ApproveAsync(id, body, ct)).ToHttp())
            .RequireAuthorization().WithSummary("同意");
        approvals.MapPost("/{id:guid}/reject", async (Guid id, [FromBody] ReturnRequest body, DecideApprovalHandler handler, CancellationToken ct) =>
                (await handler.ReturnAsync(id, body, ct)).ToHttp())
            .RequireAuthorization().WithSummary("退回（须填写理由）");
        approvals.MapPost("/{id:guid}/resubmit", async (Guid id, [FromBody] DecisionRequest? body, DecideApprovalHandler handler, CancellationToken ct) =>
                (await handler.ResubmitAsync(id, body, ct)).ToHttp())
            .RequireAuthorization().WithSummary("申请人重新提交已退回的申请");
        approvals.MapPost("/{id:guid}/withdraw", async (Guid id, [FromBody] DecisionRequest? body, DecideApprovalHandler handler, CancellationToken ct) =>
                (await handler.WithdrawAsync(id, body, ct)).ToHttp())
            .RequireAuthorization().WithSummary("申请人撤回");
    }
}
