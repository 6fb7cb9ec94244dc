using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using SocialWorkStation.Platform.Results;

namespace SocialWorkStation.Modules.Rectification.Features.Verification;

/// <summary>The verifier's side of an action. Thin: bind → handler → HTTP.</summary>
internal static class VerificationEndpoints
{
    public static void Map(IEndpointRouteBuilder group)
    {
        group.MapPost("/actions/{id:guid}/verify", async (Guid id, [FromBody] VerifyActionRequest body, VerifyActionHandler h, CancellationToken ct) =>
                (await h.HandleAsync(id, body, ct)).ToHttp())
            .RequireAuthorization(RectificationPermissions.Verify)
            .WithSummary("验证通过（验证人不能是措施负责人或完成人）")
            .Produces(204).ProducesValidationProblem().ProducesProblem(403).ProducesProblem(404).ProducesProblem(409);
        group.MapPost("/actions/{id:guid}/return", async (Guid id, [FromBody] ReturnActionRequest body, ReturnActionHandler h, CancellationToken ct) =>
                (await h.HandleAsync(id, body, ct)).ToHttp())
            .RequireAuthorization(RectificationPermissions.Verify)
            .WithSummary("退回整改（须填写理由；验证人不能是措施负责人或完成人）")
            .Produces(204).ProducesValidationProblem().ProducesProblem(403).ProducesProblem(404).ProducesProblem(409);
    }
}
