using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using SocialWorkStation.Platform.Public;
using SocialWorkStation.Web.Components;

namespace SocialWorkStation.Web.Public;

/// <summary>Writes <see cref="PublicStatusPage"/> as the response. It renders with its own small HTML renderer because it
/// runs outside the router (the station gate, the rate limiter, after a request Blazor refused without a body).</summary>
internal static class PublicStatusPages
{
    public static async Task WriteAsync(HttpContext http, int status, PublicStation? station)
    {
        var response = http.Response;
        response.StatusCode = status;
        response.ContentType = "text/html; charset=utf-8";
        response.Headers.CacheControl = "no-store";
        // The public stylesheet's fingerprinted URL, as App.razor's Assets would give it.
        var stylesheet = http.GetEndpoint()?.Metadata.GetMetadata<ResourceAssetCollection>()?[PublicDocument.StylesheetPath]
                         ?? PublicDocument.StylesheetPath;
        await using var renderer = new HtmlRenderer(http.RequestServices, http.RequestServices.GetRequiredService<ILoggerFactory>());
        var html = await renderer.Dispatcher.InvokeAsync(async () =>
        {
            var parameters = ParameterView.FromDictionary(new Dictionary<string, object?>
            {
                [nameof(PublicStatusPage.Status)] = status,
                [nameof(PublicStatusPage.Station)] = station,
                [nameof(PublicStatusPage.Stylesheet)] = stylesheet,
            });
            return (await renderer.RenderComponentAsync<PublicStatusPage>(parameters)).ToHtmlString();
        });
        await response.WriteAsync(html, http.RequestAborted);
    }
}
