using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using SocialWorkStation.Platform.Permissions;
using SocialWorkStation.Platform.Results;

namespace SocialWorkStation.Modules.Administration.Features.Approvals.Flows;

/// <summary>/api/v1/approval-flows (流程配置): the county default and the current station's own flow per subject type.</summary>
internal static class FlowEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
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
}
