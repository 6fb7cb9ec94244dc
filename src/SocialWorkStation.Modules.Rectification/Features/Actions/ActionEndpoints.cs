using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using SocialWorkStation.Platform.Results;

namespace SocialWorkStation.Modules.Rectification.Features.Actions;

/// <summary>Corrective actions of a finding (/api/v1/rectification/findings/{id}/actions). Thin: bind → handler → HTTP.</summary>
internal static class ActionEndpoints
{
    public static void Map(IEndpointRouteBuilder group)
    {
        group.MapPost("/findings/{id:guid}/actions", async (Guid id, [FromBody] AddActionRequest body, AddActionHandler h, CancellationToken ct) =>
                (await h.HandleAsync(id, body, ct)).ToHttp(v => TypedResults.Created($"/api/v1/rectification/findings/{id}", v)))
            .RequireAuthorization(RectificationPermissions.Manage)
            .WithSummary("制定整改措施（措施内容、负责人、完成期限）")
            .Produces<AddedAction>(201).ProducesValidationProblem().ProducesProblem(403).ProducesProblem(404).ProducesProblem(409);
        group.MapGet("/findings/{id:guid}/owners", async (Guid id, ListActionOwnersHandler h, CancellationToken ct) =>
                (await h.HandleAsync(id, ct)).ToHttp())
            .RequireAuthorization(RectificationPermissions.Manage)
            .WithSummary("可担任该问题整改措施负责人的本站人员")
            .Produces<IReadOnlyList<StaffOption>>().ProducesProblem(404);
    }
}
