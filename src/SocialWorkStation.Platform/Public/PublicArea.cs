namespace SocialWorkStation.Platform.Public;

/// <summary>The anonymous, per-station public area (ADR 010): residents and applicants open
/// <c>/p/{stationCode}/…</c> from a QR code or link, without an account. Every public page is a component derived
/// from the Ui library's <c>PublicPage</c>, which carries <see cref="PublicPageAttribute"/>; the host resolves the
/// station, binds the request to it as an anonymous visitor and renders the page statically.</summary>
public static class PublicArea
{
    /// <summary>Reserved URL prefix: no staff page may route under it.</summary>
    public const string Prefix = "/p";

    /// <summary>Route parameter every public page starts with: <c>@page "/p/{StationCode}/…"</c>.</summary>
    public const string StationParameter = "StationCode";

    /// <summary>The route template every public page begins with.</summary>
    public const string StationRoot = Prefix + "/{" + StationParameter + "}";

    /// <summary>The station's public home page (站点简介).</summary>
    public static string Home(string stationCode) => $"{Prefix}/{Uri.EscapeDataString(stationCode)}";

    /// <summary>A page of the station's public area; <paramref name="path"/> is relative, as in <see cref="PublicEntry.Path"/>.</summary>
    public static string Link(string stationCode, string path) => $"{Home(stationCode)}/{path.TrimStart('/')}";
}

/// <summary>Marks a page as public: anonymous, statically rendered, rate-limited per IP, bound to one station.
/// Pages get it by deriving from <c>SocialWorkStation.Ui.Public.PublicPage</c>; never put it on a page by hand
/// (the architecture tests require the base class, the route prefix and the public layout together).</summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = true)]
public sealed class PublicPageAttribute : Attribute;

/// <summary>A link on the station's public home page to a module's public page. <see cref="Path"/> is relative to
/// the station's public root: <c>"quality/surveys"</c> → <c>/p/{stationCode}/quality/surveys</c>. Titles and
/// descriptions are zh-CN keys, localised like menu entries.</summary>
public sealed record PublicEntry(string Title, string Path, string? Description = null, int Order = 0);

/// <summary>Contributes links to every station's public home page (modules through <c>AppModule.PublicEntries</c>).</summary>
public interface IPublicEntryProvider
{
    IEnumerable<PublicEntry> PublicEntries { get; }
}
