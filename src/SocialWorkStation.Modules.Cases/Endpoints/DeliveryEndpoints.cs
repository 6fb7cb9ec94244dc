using Microsoft.AspNetCore.Routing;

namespace SocialWorkStation.Modules.Cases.Endpoints;

/// <summary>服务记录、小组与社区活动、进展评估、结案、跟进回访（/api/v1/cases/{id}/…, /api/v1/activities）. Thin: bind → handler → HTTP.</summary>
internal static class DeliveryEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
    }
}
