using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using SocialWorkStation.Platform.Results;

namespace SocialWorkStation.Modules.Rectification.Features.Completion;

/// <summary>The owner's side of an action. Evidence goes through /api/v1/attachments/rectification-action/{actionId}.</summary>
internal static class CompletionEndpoints
{
    public static void Map(IEndpointRouteBuilder group)
    {
        group.MapPost("/actions/{id:guid}/complete", async (Guid id, [FromBody] CompleteActionRequest body, CompleteActionHandler h, CancellationToken ct) =>
                (await h.HandleAsync(id, body, ct)).ToHttp())
            .RequireAuthorization(RectificationPermissions.Act)
            .WithSummary("措施负责人提交整改完成（须先上传佐证材料：POST /api/v1/attachments/rectification-action/{id}）")
            .Produces(204).ProducesValidationProblem().ProducesProblem(403).ProducesProblem(404).ProducesProblem(409);
    }
}
