using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.Features;
using SocialWorkStation.Platform.Public;

namespace SocialWorkStation.Web.Public;

/// <summary>The gate of the public area (ADR 010), for endpoints marked <see cref="PublicPageAttribute"/>: resolves the
/// station from the route and binds the request to it as an anonymous visitor (unknown or inactive station: 404 page,
/// the page never runs), refuses bodies over the public size limit, and turns every error without a body (a failed
/// antiforgery check, a malformed post) into the public error page in Chinese instead of a
/// problem-details document.</summary>
internal sealed class PublicAreaMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext http, PublicVisit visit)
    {
        if (http.GetEndpoint()?.Metadata.GetMetadata<PublicPageAttribute>() is null)
        {
            await next(http);
            return;
        }
        // The public area writes its own error pages (below). Without this, Blazor would drop the body of a page that
        // sets its own status while rendering (PublicNotFound's 404), expecting a status-code-pages re-execution.
        http.Features.Set<IStatusCodePagesFeature>(null);

        var station = await visit.EnterAsync(http.GetRouteValue(PublicArea.StationParameter) as string, http.RequestAborted);
        if (station is null)
        {
            await PublicStatusPages.WriteAsync(http, StatusCodes.Status404NotFound, null);
            return;
        }
        // Routing set the endpoint's body limit (PublicAreaConventions); a declared larger body is refused before the
        // antiforgery check reads it (which would report any read failure as a bad token).
        if (http.Request.ContentLength > http.Features.Get<IHttpMaxRequestBodySizeFeature>()?.MaxRequestBodySize)
        {
            await PublicStatusPages.WriteAsync(http, StatusCodes.Status413PayloadTooLarge, station);
            return;
        }
        var status = 0;
        try
        {
            await next(http);
        }
        catch (BadHttpRequestException bad) when (!http.Response.HasStarted)
        {
            status = bad.StatusCode; // a truncated or malformed body
        }
        if (!http.Response.HasStarted && (status > 0 || http.Response.StatusCode >= 400))
            await PublicStatusPages.WriteAsync(http, status > 0 ? status : http.Response.StatusCode, station);
    }
}
