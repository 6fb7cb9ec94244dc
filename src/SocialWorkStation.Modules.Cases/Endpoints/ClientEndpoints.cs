using Microsoft.AspNetCore.Routing;

namespace SocialWorkStation.Modules.Cases.Endpoints;

/// <summary>服务对象档案、知情同意、导入导出（/api/v1/clients）. Thin: bind → handler → HTTP.</summary>
internal static class ClientEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
    }
}
