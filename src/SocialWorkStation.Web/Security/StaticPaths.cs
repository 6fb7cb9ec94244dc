namespace SocialWorkStation.Web.Security;

/// <summary>The static files every page loads (scripts, styles, the framework): reachable before setup and before a
/// user has finished enrolling, or those pages come up unstyled and dead.</summary>
internal static class StaticPaths
{
    public static bool IsPageFile(PathString path) =>
        path.StartsWithSegments("/_framework") || path.StartsWithSegments("/_content")
        || path.StartsWithSegments("/css") || path.StartsWithSegments("/js")
        // The scoped-CSS bundle sits at the root, fingerprinted: /SocialWorkStation.Web.<hash>.styles.css.
        || (path.Value is { } p && p.LastIndexOf('/') == 0 && p.EndsWith(".styles.css", StringComparison.Ordinal));
}
