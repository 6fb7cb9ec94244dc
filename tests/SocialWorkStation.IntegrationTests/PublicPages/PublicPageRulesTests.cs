using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Endpoints;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using SocialWorkStation.IntegrationTests.Cases;
using SocialWorkStation.IntegrationTests.Infrastructure;
using SocialWorkStation.Platform.Identity;
using SocialWorkStation.Platform.Public;
using SocialWorkStation.Web.Hosting;

namespace SocialWorkStation.IntegrationTests.PublicPages;

/// <summary>The running app's pages, enumerated from its endpoints and requested anonymously: a page is public only by
/// being an explicit public page (static, anonymous, rate-limited, under /p/{StationCode}); every other page sends an
/// anonymous visitor to the sign-in page. The architecture tests check the same rule on the page types.</summary>
public abstract class PublicPageRulesTests(TestApp app)
{
    /// <summary>The host's static account pages, open by design (EndpointAuthorizationTests lists them too).</summary>
    private static readonly string[] StaticAccountPages = ["/account/login", "/account/login-2fa", "/account/denied", "/setup", "/not-found"];

    private IEnumerable<(RouteEndpoint Endpoint, string Route)> Pages() =>
        app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<ComponentTypeMetadata>() is not null)
            .Select(e => (e, "/" + (e.RoutePattern.RawText ?? "").TrimStart('/')));

    private static bool IsPublic(Endpoint e) => e.Metadata.GetMetadata<PublicPageAttribute>() is not null;

    private static string Fill(string route, string stationCode) => Regex.Replace(
        route.Replace("{" + PublicArea.StationParameter + "}", stationCode), @"\{\*?([^}:]+)[^}]*\}",
        m => m.Groups[1].Value == "Rest" ? "x" : Guid.CreateVersion7().ToString());

    [Fact]
    public async Task Every_page_either_requires_signing_in_or_is_an_explicit_public_static_page()
    {
        var station = await app.NewStationAsync();
        using var anonymous = app.NewClient();
        var problems = new List<string>();
        int publicPages = 0, staffPages = 0;
        foreach (var (endpoint, route) in Pages())
        {
            if (StaticAccountPages.Contains(route)) continue;
            var response = await anonymous.GetAsync(Fill(route, station.Code));
            var html = await response.Content.ReadAsStringAsync();
            if (IsPublic(endpoint))
            {
                publicPages++;
                if (route != PublicArea.StationRoot && !route.StartsWith(PublicArea.StationRoot + "/", StringComparison.Ordinal))
                    problems.Add($"{route}: public page outside {PublicArea.StationRoot}");
                if (endpoint.Metadata.GetMetadata<IAllowAnonymous>() is null) problems.Add($"{route}: public page without AllowAnonymous");
                if (endpoint.Metadata.GetMetadata<ExcludeFromInteractiveRoutingAttribute>() is null) problems.Add($"{route}: public page not static");
                if (endpoint.Metadata.GetMetadata<EnableRateLimitingAttribute>()?.PolicyName != WebServices.PublicLimit)
                    problems.Add($"{route}: public page without the public rate limit");
                if (response.StatusCode is not (HttpStatusCode.OK or HttpStatusCode.NotFound))
                    problems.Add($"{route}: answered {(int)response.StatusCode}");
                if (html.Contains("<script", StringComparison.OrdinalIgnoreCase) || html.Contains("blazor.web.js"))
                    problems.Add($"{route}: public page sends a script");
            }
            else
            {
                staffPages++;
                if (route == PublicArea.Prefix || route.StartsWith(PublicArea.Prefix + "/", StringComparison.Ordinal))
                    problems.Add($"{route}: a staff page inside the public area");
                if (endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null) problems.Add($"{route}: anonymous but not a public page");
                var location = response.Headers.Location?.ToString() ?? "";
                if (response.StatusCode != HttpStatusCode.Redirect || !location.Contains("/account/login"))
                    problems.Add($"{route}: anonymous request answered {(int)response.StatusCode} {location}, expected the sign-in page");
            }
        }
        Assert.True(problems.Count == 0, string.Join("\n", problems));
        // The enumeration itself found both kinds (home, suggestion, thanks, not-found; the staff pages).
        Assert.True(publicPages >= 4, $"{publicPages} public pages found");
        Assert.True(staffPages >= 10, $"{staffPages} staff pages found");
    }

    [Fact]
    public async Task No_public_page_shows_the_personal_data_of_the_stations_clients()
    {
        var station = await app.NewStationAsync();
        using var worker = await app.ClientForAsync(await app.NewUserAsync(Roles.SocialWorker, station), station);
        var idNumber = CasesSeed.IdNumber(new DateOnly(1951, 2, 3));
        await worker.RegisterAsync("司马公开", idNumber);

        using var browser = app.Browser();
        var visited = 0;
        foreach (var (_, route) in Pages().Where(p => IsPublic(p.Endpoint)))
        {
            var page = await browser.OpenAsync(Fill(route, station.Code));
            Assert.True(page.Html.Length > 0, route);
            foreach (var personal in new[] { "司马公开", idNumber, "13812345678", "幸福村" })
                Assert.False(page.Html.Contains(personal), $"{route} shows {personal}");
            visited++;
        }
        Assert.True(visited >= 4);
    }
}

[Collection(SqliteCollection.Name)] public sealed class PublicPageRulesOnSqlite(SqliteApp app) : PublicPageRulesTests(app);
[Collection(PostgresCollection.Name)] public sealed class PublicPageRulesOnPostgres(PostgresApp app) : PublicPageRulesTests(app);
