using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SocialWorkStation.Data;
using SocialWorkStation.IntegrationTests.Infrastructure;
using SocialWorkStation.Platform.Stations;

namespace SocialWorkStation.IntegrationTests.PublicPages;

/// <summary>Intent helpers for the public area (ADR 010): a resident's browser (keeps cookies, does not follow
/// redirects), pages read as decoded HTML, and the suggestion form posted the way the browser posts it.</summary>
public static partial class PublicSite
{
    public sealed record Page(HttpResponseMessage Response, string Html)
    {
        public HttpStatusCode Status => Response.StatusCode;
        public IEnumerable<string> SetCookies =>
            Response.Headers.TryGetValues("Set-Cookie", out var values) ? values : [];
    }

    /// <summary>A browser-like client: keeps its cookies (antiforgery, a staff sign-in), never follows redirects.</summary>
    public static HttpClient Browser(this TestApp app) =>
        new(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false }) { BaseAddress = app.BaseAddress };

    public static async Task<Page> OpenAsync(this HttpClient browser, string path)
    {
        var response = await browser.GetAsync(path);
        return new Page(response, WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
    }

    public static async Task<Page> PostFormAsync(this HttpClient browser, string path, IDictionary<string, string> fields)
    {
        var response = await browser.PostAsync(path, new FormUrlEncodedContent(fields));
        return new Page(response, WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
    }

    /// <summary>Opens the suggestion form (which sets the antiforgery cookie) and posts it with the page's token.</summary>
    public static async Task<Page> SubmitSuggestionAsync(this HttpClient browser, Station station,
        string kind = "建议", string content = "希望社工站周末也能开放半天，方便上班族办事。", string name = "", string phone = "")
    {
        var form = await browser.OpenAsync($"/p/{station.Code}/suggestion");
        Assert.Equal(HttpStatusCode.OK, form.Status);
        return await browser.PostFormAsync($"/p/{station.Code}/suggestion", new Dictionary<string, string>
        {
            ["_handler"] = "suggestion",
            ["__RequestVerificationToken"] = TokenIn(form.Html),
            ["Input.Kind"] = kind, ["Input.Content"] = content, ["Input.Name"] = name, ["Input.Phone"] = phone,
        });
    }

    public static string TokenIn(string html)
    {
        var match = AntiforgeryToken().Match(html);
        Assert.True(match.Success, "the page has no antiforgery token");
        return match.Groups[1].Value;
    }

    /// <summary>Signs the browser in through the static login form, as staff do.</summary>
    public static async Task SignInAsync(this HttpClient browser, TestUser user)
    {
        var login = await browser.OpenAsync("/account/login");
        var signIn = await browser.PostFormAsync("/account/login", new Dictionary<string, string>
        {
            ["_handler"] = "login", ["__RequestVerificationToken"] = TokenIn(login.Html),
            ["Input.UserName"] = user.UserName, ["Input.Password"] = user.Password,
        });
        Assert.True(signIn.Status is HttpStatusCode.Redirect or HttpStatusCode.Found, $"sign-in answered {(int)signIn.Status}");
        if (user.TotpKey is null) return;
        // Roles that may reveal identifiers or export sign in with a second step (issue 10, item 6).
        var second = await browser.OpenAsync("/account/login-2fa");
        var verified = await browser.PostFormAsync("/account/login-2fa", new Dictionary<string, string>
        {
            ["_handler"] = "login-2fa", ["__RequestVerificationToken"] = TokenIn(second.Html),
            ["Input.Code"] = TestApp.TotpCode(user.TotpKey),
        });
        Assert.True(verified.Status is HttpStatusCode.Redirect or HttpStatusCode.Found, $"second step answered {(int)verified.Status}");
    }

    public static async Task DeactivateAsync(this TestApp app, Station station)
    {
        await using var scope = app.SystemScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var entity = await db.Stations.SingleAsync(s => s.Id == station.Id);
        entity.IsActive = false;
        await db.SaveChangesAsync();
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();
}
