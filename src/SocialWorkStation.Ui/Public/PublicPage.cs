using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components;
using SocialWorkStation.Platform.Public;

namespace SocialWorkStation.Ui.Public;

/// <summary>Base of every public page (ADR 010): <c>@inherits PublicPage</c> and <c>@page "/p/{StationCode}/…"</c>
/// (modules: <c>/p/{StationCode}/{module name}/…</c>). Deriving is the one explicit opt-in: it makes the page anonymous,
/// excluded from interactive routing (static server rendering: no circuit, no blazor.web.js, no AntDesign), laid out by
/// <see cref="PublicLayout"/> and marked <see cref="PublicPageAttribute"/>, by which the host rate-limits it per IP,
/// ignores any staff sign-in on it, and resolves <see cref="Station"/> before it runs (unknown or inactive station: 404).
/// Forms use <see cref="PublicForm{TModel}"/>. Never render personal data here.</summary>
[PublicPage]
[AllowAnonymous]
[ExcludeFromInteractiveRouting]
[Layout(typeof(PublicLayout))]
public abstract class PublicPage : ComponentBase
{
    /// <summary>From the route; already resolved to <see cref="Station"/> by the host.</summary>
    [Parameter] public string StationCode { get; set; } = "";

    [Inject] private PublicVisit Visit { get; set; } = default!;

    /// <summary>The active station this page is for.</summary>
    protected PublicStation Station => Visit.Station;

    /// <summary>A page of this station's public area, e.g. <c>Link("suggestion")</c>.</summary>
    protected string Link(string path) => PublicArea.Link(Station.Code, path);

    protected string Home => PublicArea.Home(Station.Code);
}
