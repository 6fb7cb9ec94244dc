using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using SocialWorkStation.Platform.Permissions;
using SocialWorkStation.Platform.Results;

namespace SocialWorkStation.Modules.Administration.Features.Stations;

/// <summary>/api/v1/admin/stations: the 社工站 page's list, creation and (de)activation.</summary>
internal static class StationEndpoints
{
    public static void Map(IEndpointRouteBuilder admin)
    {
        var stations = admin.MapGroup("/stations").RequireAuthorization(PlatformPermissions.StationsManage);
        stations.MapGet("", async ([AsParameters] ListStationsQuery q, StationAdminHandler h, CancellationToken ct) =>
            TypedResults.Ok(await h.ListAsync(q, ct))).WithSummary("社工站列表");
        stations.MapPost("", async (CreateStationRequest r, StationAdminHandler h, CancellationToken ct) =>
            (await h.CreateAsync(r, ct)).ToHttp(s => TypedResults.Created($"/api/v1/admin/stations/{s.Id}", s)))
            .WithSummary("新建社工站");
        stations.MapPost("/{id:guid}/deactivate", async (Guid id, StationAdminHandler h, CancellationToken ct) =>
            (await h.SetActiveAsync(id, false, ct)).ToHttp()).WithSummary("停用社工站");
        stations.MapPost("/{id:guid}/activate", async (Guid id, StationAdminHandler h, CancellationToken ct) =>
            (await h.SetActiveAsync(id, true, ct)).ToHttp()).WithSummary("重新启用社工站");
    }
}
