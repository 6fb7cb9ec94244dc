using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using SocialWorkStation.Modules.Rectification.Contracts;
using SocialWorkStation.Platform.Results;

namespace SocialWorkStation.Modules.Rectification.Features.Raise;

/// <summary>POST /api/v1/rectification/findings. Thin: bind → handler → HTTP.</summary>
internal static class RaiseEndpoints
{
    public static void Map(IEndpointRouteBuilder group)
    {
        group.MapPost("/findings", async ([FromBody] RaiseFindingRequest body, RaiseFindingHandler h, CancellationToken ct) =>
                (await h.HandleAsync(body, ct)).ToHttp(v => TypedResults.Created($"/api/v1/rectification/findings/{v.Id}", v)))
            .RequireAuthorization(RectificationPermissions.Manage)
            .WithSummary("登记整改问题（来源、问题等级、整改期限；整改编号自动生成）")
            .Produces<RaisedFinding>(201).ProducesValidationProblem().ProducesProblem(403);
    }
}
