using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using SocialWorkStation.Platform.Results;

namespace SocialWorkStation.Modules.Cases.Features.Assessments;

/// <summary>需求评估与评估模板（/api/v1/cases/{id}/assessments, /api/v1/assessments, /api/v1/assessment-templates）. Thin: bind → handler → HTTP.</summary>
internal static class AssessmentsEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        var cases = api.MapGroup("/cases").WithTags("个案");
        cases.MapPost("/{id:guid}/assessments", async (Guid id, [FromBody] RecordAssessmentRequest body, RecordAssessmentHandler h, CancellationToken ct) =>
                (await h.HandleAsync(id, body, ct)).ToHttp(v => TypedResults.Created($"/api/v1/assessments/{v.Id}", v)))
            .RequireAuthorization(CasesPermissions.Manage).WithSummary("记录需求评估（含再评估）");
        cases.MapGet("/{id:guid}/assessments", async (Guid id, ListAssessmentsHandler h, CancellationToken ct) => (await h.HandleAsync(id, ct)).ToHttp())
            .RequireAuthorization(CasesPermissions.ClientsView).WithSummary("个案的需求评估列表");

        api.MapGet("/assessments/{id:guid}", async (Guid id, GetAssessmentHandler h, CancellationToken ct) => (await h.HandleAsync(id, ct)).ToHttp())
            .WithTags("个案").RequireAuthorization(CasesPermissions.ClientsView).WithSummary("需求评估报告");

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
