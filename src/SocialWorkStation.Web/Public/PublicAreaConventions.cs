using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.RateLimiting;
using SocialWorkStation.Platform.Public;
using SocialWorkStation.Web.Hosting;

namespace SocialWorkStation.Web.Public;

/// <summary>What the host adds to every public page's endpoint (ADR 010), so a module's page gets it by deriving from
/// PublicPage and cannot forget it: the per-IP public rate limit and a small request body limit (public forms are short
/// text; a chapter that needs uploads raises it for its page and says why).</summary>
internal static class PublicAreaConventions
{
    public const long MaxRequestBodyBytes = 64 * 1024;

    public static void Apply(EndpointBuilder endpoint)
    {
        if (!endpoint.Metadata.OfType<PublicPageAttribute>().Any()) return;
        endpoint.Metadata.Add(new EnableRateLimitingAttribute(WebServices.PublicLimit));
        endpoint.Metadata.Add(new BodySizeLimit(MaxRequestBodyBytes));
    }

    private sealed record BodySizeLimit(long? MaxRequestBodySize) : IRequestSizeLimitMetadata;
}
