namespace SocialWorkStation.Web.Security;

/// <summary>CSP the app runs under (AntDesign sets inline styles; Blazor needs its WebSocket), no framing, no sniffing.</summary>
internal sealed class SecurityHeadersMiddleware(RequestDelegate next)
{
    private const string Csp =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; " +
        "font-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; form-action 'self'; " +
        "base-uri 'self'; object-src 'none'";

    /// <summary>The public area (ADR 010) runs no script, opens no connection and sets no inline style: it allows only its
    /// own stylesheet and same-origin form posts.</summary>
    private const string PublicCsp =
        "default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; base-uri 'self'";

    public Task InvokeAsync(HttpContext http)
    {
        var h = http.Response.Headers;
        // The interactive API reference loads its own script bundle; it is the only page that needs more.
        h.ContentSecurityPolicy = http.Request.Path.StartsWithSegments("/api/docs")
            ? "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; frame-ancestors 'none'"
            : http.Request.Path.StartsWithSegments(Platform.Public.PublicArea.Prefix) ? PublicCsp : Csp;
        h.XFrameOptions = "DENY";
        h.XContentTypeOptions = "nosniff";
        h["Referrer-Policy"] = "no-referrer";
        h["Permissions-Policy"] = "camera=(self), geolocation=(), microphone=()";
        return next(http);
    }
}
