using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using SocialWorkStation.Platform.Results;

namespace SocialWorkStation.Modules.Rectification.Features.Closure;

internal static class ClosureEndpoints
{
    public static void Map(IEndpointRouteBuilder group)
    {
        group.MapPost("/findings/{id:guid}/close", async (Guid id, [FromBody] CloseFindingRequest body, CloseFindingHandler h, CancellationToken ct) =>
                (await h.HandleAsync(id, body, ct)).ToHttp())
            .RequireAuthorization(RectificationPermissions.Manage)
            .WithSummary("整改销号（全部措施验证通过后；须填写整改结论）")
            .Produces(204).ProducesValidationProblem().ProducesProblem(403).ProducesProblem(404).ProducesProblem(409);
    }
}
