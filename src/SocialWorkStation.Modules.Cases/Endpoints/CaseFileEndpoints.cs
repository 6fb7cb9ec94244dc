using Microsoft.AspNetCore.Routing;

namespace SocialWorkStation.Modules.Cases.Endpoints;

/// <summary>个案列表、我的个案、统计看板、服务档案与 PDF、台账导出. Thin: bind → handler → HTTP.</summary>
internal static class CaseFileEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
    }
}
