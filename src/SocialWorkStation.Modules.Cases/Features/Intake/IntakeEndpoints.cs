using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using SocialWorkStation.Platform.Results;

namespace SocialWorkStation.Modules.Cases.Features.Intake;

/// <summary>接案（/api/v1/cases）. Thin: bind → handler → HTTP.</summary>
internal static class IntakeEndpoints
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
    }
}
