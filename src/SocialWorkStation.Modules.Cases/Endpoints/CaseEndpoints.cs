using Microsoft.AspNetCore.Routing;

namespace SocialWorkStation.Modules.Cases.Endpoints;

/// <summary>接案、需求评估、评估模板、服务计划（/api/v1/cases, /api/v1/assessment-templates）. Thin: bind → handler → HTTP.</summary>
internal static class CaseEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
    }
}
