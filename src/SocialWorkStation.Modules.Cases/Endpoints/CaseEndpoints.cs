using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using SocialWorkStation.Modules.Cases.Features;
using SocialWorkStation.Platform.Results;

namespace SocialWorkStation.Modules.Cases.Endpoints;

/// <summary>接案、需求评估、评估模板、服务计划（/api/v1/cases, /api/v1/assessment-templates）. Thin: bind → handler → HTTP.
/// Plan decisions go through /api/v1/approvals (the engine's rules: team reviewers only, never one's own).</summary>
internal static class CaseEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        var cases = api.MapGroup("/cases").WithTags("个案");
        cases.MapPost("", async ([FromBody] OpenCaseRequest body, OpenCaseHandler h, CancellationToken ct) =>
                (await h.HandleAsync(body, ct)).ToHttp(v => TypedResults.Created($"/api/v1/cases/{v.Id}", v)))
            .RequireAuthorization(CasesPermissions.Manage).WithSummary("接案：登记个案并生成案号");
        cases.MapGet("/staff", async (ListStationStaffHandler h, CancellationToken ct) => TypedResults.Ok(await h.HandleAsync(ct)))
            .RequireAuthorization(CasesPermissions.Manage).WithSummary("本站人员及角色（负责社工、督导选择）");
        cases.MapGet("/{id:guid}", async (Guid id, GetCaseHandler h, CancellationToken ct) => (await h.HandleAsync(id, ct)).ToHttp())
            .RequireAuthorization(CasesPermissions.ClientsView).WithSummary("个案概况");
        cases.MapPost("/{id:guid}/intake-decision", async (Guid id, [FromBody] DecideIntakeRequest body, DecideIntakeHandler h, CancellationToken ct) =>
                (await h.HandleAsync(id, body, ct)).ToHttp())
            .RequireAuthorization(CasesPermissions.Review).WithSummary("接案决定与督导意见");
        cases.MapPost("/{id:guid}/assessments", async (Guid id, [FromBody] RecordAssessmentRequest body, RecordAssessmentHandler h, CancellationToken ct) =>
                (await h.HandleAsync(id, body, ct)).ToHttp(v => TypedResults.Created($"/api/v1/assessments/{v.Id}", v)))
            .RequireAuthorization(CasesPermissions.Manage).WithSummary("记录需求评估（含再评估）");
        cases.MapGet("/{id:guid}/assessments", async (Guid id, ListAssessmentsHandler h, CancellationToken ct) => (await h.HandleAsync(id, ct)).ToHttp())
            .RequireAuthorization(CasesPermissions.ClientsView).WithSummary("个案的需求评估列表");
        cases.MapPost("/{id:guid}/plans", async (Guid id, [FromBody] SavePlanRequest body, CreatePlanHandler h, CancellationToken ct) =>
                (await h.HandleAsync(id, body, ct)).ToHttp(v => TypedResults.Created($"/api/v1/plans/{v.Id}", v)))
            .RequireAuthorization(CasesPermissions.Manage).WithSummary("起草服务计划（新版本）");
        cases.MapGet("/{id:guid}/plans", async (Guid id, ListPlansHandler h, CancellationToken ct) => (await h.HandleAsync(id, ct)).ToHttp())
            .RequireAuthorization(CasesPermissions.ClientsView).WithSummary("服务计划各版本（新版本在前）");

        api.MapGet("/assessments/{id:guid}", async (Guid id, GetAssessmentHandler h, CancellationToken ct) => (await h.HandleAsync(id, ct)).ToHttp())
            .WithTags("个案").RequireAuthorization(CasesPermissions.ClientsView).WithSummary("需求评估报告");

        var plans = api.MapGroup("/plans").WithTags("个案");
        plans.MapGet("/{id:guid}", async (Guid id, GetPlanHandler h, CancellationToken ct) => (await h.HandleAsync(id, ct)).ToHttp())
            .RequireAuthorization(CasesPermissions.ClientsView).WithSummary("服务计划（某一版本）");
        plans.MapPut("/{id:guid}", async (Guid id, [FromBody] SavePlanRequest body, UpdatePlanHandler h, CancellationToken ct) =>
                (await h.HandleAsync(id, body, ct)).ToHttp())
            .RequireAuthorization(CasesPermissions.Manage).WithSummary("修改草稿或被退回的计划");
        plans.MapPost("/{id:guid}/submit", async (Guid id, SubmitPlanHandler h, CancellationToken ct) => (await h.HandleAsync(id, ct)).ToHttp())
            .RequireAuthorization(CasesPermissions.Manage).WithSummary("提交团队审核（退回后为重新提交）");

        var templates = api.MapGroup("/assessment-templates").WithTags("评估模板");
        templates.MapGet("", async (bool? activeOnly, ListTemplatesHandler h, CancellationToken ct) => TypedResults.Ok(await h.HandleAsync(activeOnly ?? false, ct)))
            .RequireAuthorization(CasesPermissions.ClientsView).WithSummary("本站评估模板（无模板时自动创建通用需求评估表）");
        templates.MapGet("/{id:guid}", async (Guid id, GetTemplateHandler h, CancellationToken ct) => (await h.HandleAsync(id, ct)).ToHttp())
            .RequireAuthorization(CasesPermissions.ClientsView).WithSummary("评估模板详情");
        templates.MapPost("", async ([FromBody] SaveTemplateRequest body, CreateTemplateHandler h, CancellationToken ct) =>
                (await h.HandleAsync(body, ct)).ToHttp(v => TypedResults.Created($"/api/v1/assessment-templates/{v.Id}", v)))
            .RequireAuthorization(CasesPermissions.TemplatesManage).WithSummary("新建评估模板");
        templates.MapPut("/{id:guid}", async (Guid id, [FromBody] SaveTemplateRequest body, UpdateTemplateHandler h, CancellationToken ct) =>
                (await h.HandleAsync(id, body, ct)).ToHttp())
            .RequireAuthorization(CasesPermissions.TemplatesManage).WithSummary("修改评估模板（isActive=false 停用）");
    }
}
