using SocialWorkStation.Platform.Results;
using Microsoft.AspNetCore.Mvc;
using SocialWorkStation.Platform.Approvals;
using SocialWorkStation.Platform.Permissions;
using SocialWorkStation.Web.Api;

namespace SocialWorkStation.Web.Approvals;

public sealed record InboxResponse(int Count, IReadOnlyList<ApprovalSummary> Items);

/// <summary>/api/v1/approvals (申请与待办) and /api/v1/approval-flows (流程配置). Thin: bind → handler → HTTP.
/// Another station's request is 404 on every route (the station filter hides it).</summary>
public static class ApprovalEndpoints
{
    public static void MapApprovalEndpoints(this RouteGroupBuilder api)
    {
        var approvals = api.MapGroup("/approvals").WithTags("审批");
        // Personal routes: any signed-in user (the fallback policy); who may decide is the engine's rule.
        approvals.MapPost("", async ([FromBody] SubmitGeneralRequest request, SubmitGeneralRequestHandler handler, CancellationToken ct) =>
                (await handler.HandleAsync(request, ct)).ToHttp(v => TypedResults.Created($"/api/v1/approvals/{v.Id}", v)))
            .RequireAuthorization(PlatformPermissions.ApprovalsSubmit).WithSummary("发起通用事项申请（金额单位：元）");
        approvals.MapGet("/inbox", async (IApprovalInbox inbox, CancellationToken ct) =>
            {
                var items = await inbox.PendingForMeAsync(ct);
                return TypedResults.Ok(new InboxResponse(await inbox.CountAsync(ct), items));
            })
            .RequireAuthorization().WithSummary("我的待办：等待我审批的申请");
        approvals.MapGet("/mine", async (int? page, int? pageSize, ApprovalStatus? status, ListMyRequestsHandler handler, CancellationToken ct) =>
                TypedResults.Ok(await handler.HandleAsync(page, pageSize, status, ct)))
            .RequireAuthorization().WithSummary("我的申请（分页）");
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

        var flows = api.MapGroup("/approval-flows").WithTags("审批流程配置")
            .RequireAuthorization(PlatformPermissions.ApprovalFlowsManage);
        flows.MapGet("/", async (ListApprovalFlowsHandler handler, CancellationToken ct) => TypedResults.Ok(await handler.HandleAsync(ct)))
            .WithSummary("各审批事项的全县默认流程与本站流程");
        flows.MapPut("/{subjectType}", async (string subjectType, [FromBody] SaveApprovalFlowRequest body, SaveApprovalFlowHandler handler, CancellationToken ct) =>
                (await handler.HandleAsync(subjectType, countyDefault: false, body, ct)).ToHttp())
            .WithSummary("保存本站流程（覆盖全县默认，整体替换步骤；金额门槛单位：元）");
        flows.MapDelete("/{subjectType}", async (string subjectType, DeleteApprovalFlowHandler handler, CancellationToken ct) =>
                (await handler.HandleAsync(subjectType, ct)).ToHttp())
            .WithSummary("删除本站流程，恢复使用全县默认");
        flows.MapPut("/{subjectType}/county-default", async (string subjectType, [FromBody] SaveApprovalFlowRequest body, SaveApprovalFlowHandler handler, CancellationToken ct) =>
                (await handler.HandleAsync(subjectType, countyDefault: true, body, ct)).ToHttp())
            .WithSummary("保存全县默认流程（需县级管理权限）");
    }

    public static IServiceCollection AddApprovalsWeb(this IServiceCollection services)
    {
        services.AddSingleton<IApprovalSubjectHandler, GeneralSubjectHandler>();
        services.AddScoped<SubmitGeneralRequestHandler>();
        services.AddScoped<DecideApprovalHandler>();
        services.AddScoped<GetApprovalDetailHandler>();
        services.AddScoped<ListMyRequestsHandler>();
        services.AddScoped<ListApprovalFlowsHandler>();
        services.AddScoped<SaveApprovalFlowHandler>();
        services.AddScoped<DeleteApprovalFlowHandler>();
        services.AddScoped<InboxNotifier>();
        return services;
    }
}
