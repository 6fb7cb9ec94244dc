using System.Net;
using SocialWorkStation.IntegrationTests.Infrastructure;
using SocialWorkStation.Platform.Identity;

namespace SocialWorkStation.IntegrationTests.PublicPages;

/// <summary>The anonymous per-station public area (ADR 010), through HTTP as a resident's phone sees it.</summary>
public abstract class PublicAreaTests(TestApp app)
{
    protected abstract TestApp CreateApp(Dictionary<string, string> settings);

    [Fact]
    public async Task The_station_home_page_opens_without_signing_in_as_plain_html_without_scripts_or_a_session()
    {
        var station = await app.NewStationAsync();
        using var browser = app.Browser();
        var home = await browser.OpenAsync($"/p/{station.Code}");

        Assert.Equal(HttpStatusCode.OK, home.Status);
        Assert.Contains($"<h1>{station.Name}</h1>", home.Html);
        Assert.Contains($"测试县指导中心-{app.Provider}", home.Html);
        Assert.Contains($"href=\"/p/{station.Code}/suggestion\"", home.Html); // the links the host and modules contribute
        Assert.DoesNotContain("<script", home.Html);
        Assert.DoesNotContain("blazor.web.js", home.Html);
        Assert.DoesNotContain("ant-design", home.Html);
        Assert.DoesNotContain("<!--Blazor:", home.Html); // no component marker a circuit could attach to
        Assert.DoesNotContain(home.SetCookies, c => c.StartsWith("sws.auth") || c.StartsWith(".AspNetCore.Identity") || c.Contains("Session"));
    }

    [Fact]
    public async Task Public_pages_carry_a_strict_content_security_policy_and_the_security_headers()
    {
        var station = await app.NewStationAsync();
        using var browser = app.Browser();
        var home = await browser.OpenAsync($"/p/{station.Code}");
        var csp = home.Response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("default-src 'none'", csp);
        Assert.Contains("frame-ancestors 'none'", csp);
        Assert.Contains("form-action 'self'", csp);
        Assert.DoesNotContain("unsafe-inline", csp);
        Assert.Equal("DENY", home.Response.Headers.GetValues("X-Frame-Options").Single());
        Assert.Equal("nosniff", home.Response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("no-referrer", home.Response.Headers.GetValues("Referrer-Policy").Single());
    }

    [Fact]
    public async Task The_public_stylesheet_is_a_fingerprinted_static_file_browsers_may_cache()
    {
        var station = await app.NewStationAsync();
        using var browser = app.Browser();
        var home = await browser.OpenAsync($"/p/{station.Code}");
        var href = System.Text.RegularExpressions.Regex.Match(home.Html, "<link rel=\"stylesheet\" href=\"([^\"]+)\"").Groups[1].Value;
        Assert.Matches(@"^_content/SocialWorkStation\.Ui/public\.[a-z0-9]+\.css$", href);

        var css = await browser.GetAsync("/" + href);
        Assert.Equal(HttpStatusCode.OK, css.StatusCode);
        Assert.Equal("text/css", css.Content.Headers.ContentType!.MediaType);
        Assert.Contains("immutable", css.Headers.CacheControl!.ToString());
        Assert.Contains(".pub-button", await css.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task An_unknown_station_answers_a_404_page_in_chinese()
    {
        using var browser = app.Browser();
        var page = await browser.OpenAsync("/p/NO-SUCH-STATION");
        Assert.Equal(HttpStatusCode.NotFound, page.Status);
        Assert.Equal("text/html", page.Response.Content.Headers.ContentType!.MediaType);
        Assert.Contains("页面不存在", page.Html);
        Assert.Contains("请核对链接或二维码", page.Html);
        Assert.DoesNotContain("<script", page.Html);
    }

    [Fact]
    public async Task A_deactivated_station_answers_404_on_its_home_page_and_its_forms()
    {
        var station = await app.NewStationAsync();
        using var browser = app.Browser();
        Assert.Equal(HttpStatusCode.OK, (await browser.OpenAsync($"/p/{station.Code}")).Status);
        await app.DeactivateAsync(station);

        var home = await browser.OpenAsync($"/p/{station.Code}");
        Assert.Equal(HttpStatusCode.NotFound, home.Status);
        Assert.DoesNotContain(station.Name, home.Html);
        Assert.Equal(HttpStatusCode.NotFound, (await browser.OpenAsync($"/p/{station.Code}/suggestion")).Status);
    }

    [Fact]
    public async Task An_unknown_page_of_a_known_station_answers_404_in_the_public_layout_not_the_staff_login()
    {
        var station = await app.NewStationAsync();
        using var browser = app.Browser();
        var page = await browser.OpenAsync($"/p/{station.Code}/no/such/page");
        Assert.Equal(HttpStatusCode.NotFound, page.Status);
        Assert.Contains("页面不存在", page.Html);
        Assert.Contains($"href=\"/p/{station.Code}\"", page.Html); // back to the station's home page
        Assert.DoesNotContain("/account/login", page.Html);
    }

    [Fact]
    public async Task A_signed_in_staff_members_cookie_changes_nothing_on_a_public_page_and_is_not_renewed()
    {
        var station = await app.NewStationAsync();
        var worker = await app.NewUserAsync(Roles.SocialWorker, station);
        using var anonymous = app.Browser();
        var seenAnonymously = await anonymous.OpenAsync($"/p/{station.Code}");

        using var staff = app.Browser();
        await staff.SignInAsync(worker);
        Assert.Equal(HttpStatusCode.OK, (await staff.GetAsync("/")).StatusCode); // the sign-in is real
        var seenByStaff = await staff.OpenAsync($"/p/{station.Code}");

        Assert.Equal(HttpStatusCode.OK, seenByStaff.Status);
        Assert.Equal(WithoutComponentState(seenAnonymously.Html), WithoutComponentState(seenByStaff.Html));
        Assert.DoesNotContain(worker.UserName, seenByStaff.Html);
        Assert.DoesNotContain(seenByStaff.SetCookies, c => c.StartsWith("sws.auth"));
    }

    [Fact]
    public async Task Invalid_input_answers_400_with_chinese_messages_beside_the_fields()
    {
        var station = await app.NewStationAsync();
        using var browser = app.Browser();
        var page = await browser.SubmitSuggestionAsync(station, kind: "", content: "太短", phone: "12345");

        Assert.Equal(HttpStatusCode.BadRequest, page.Status);
        Assert.Contains("提交未成功，请按提示修改后重新提交。", page.Html);
        Assert.Matches(@"id=""kind-error"">\s*<p>请选择类别。</p>", page.Html);
        Assert.Matches(@"id=""content-error"">\s*<p>内容请写 10 到 500 个字。</p>", page.Html);
        Assert.Matches(@"id=""phone-error"">\s*<p>请填写正确的手机号码或固定电话", page.Html);
        Assert.DoesNotContain("id=\"name-error\"", page.Html); // an optional field left empty is fine
        Assert.Contains("太短</textarea>", page.Html); // what the resident typed is kept
    }

    [Fact]
    public async Task A_valid_suggestion_redirects_to_the_thank_you_page()
    {
        var station = await app.NewStationAsync();
        using var browser = app.Browser();
        var posted = await browser.SubmitSuggestionAsync(station, phone: "0571-88886666");

        Assert.Equal(HttpStatusCode.Found, posted.Status);
        Assert.Equal($"/p/{station.Code}/suggestion/thanks", new Uri(app.BaseAddress, posted.Response.Headers.Location!).AbsolutePath);
        var thanks = await browser.OpenAsync($"/p/{station.Code}/suggestion/thanks");
        Assert.Equal(HttpStatusCode.OK, thanks.Status);
        Assert.Contains("感谢您的意见建议", thanks.Html);
    }

    [Fact]
    public async Task A_post_without_an_antiforgery_token_answers_a_friendly_400_page()
    {
        var station = await app.NewStationAsync();
        using var browser = app.Browser();
        var page = await browser.PostFormAsync($"/p/{station.Code}/suggestion", new Dictionary<string, string>
        {
            ["_handler"] = "suggestion", ["Input.Kind"] = "建议", ["Input.Content"] = "没有令牌的提交，应被拒绝。",
        });
        AssertFriendlyRejection(page);
    }

    [Fact]
    public async Task A_post_with_a_forged_antiforgery_token_answers_a_friendly_400_page()
    {
        var station = await app.NewStationAsync();
        using var browser = app.Browser();
        await browser.OpenAsync($"/p/{station.Code}/suggestion"); // a real antiforgery cookie, a forged form token
        var page = await browser.PostFormAsync($"/p/{station.Code}/suggestion", new Dictionary<string, string>
        {
            ["_handler"] = "suggestion", ["__RequestVerificationToken"] = "CfDJ8forged-token-value",
            ["Input.Kind"] = "建议", ["Input.Content"] = "伪造令牌的提交，应被拒绝。",
        });
        AssertFriendlyRejection(page);
    }

    [Fact]
    public async Task An_oversized_post_answers_a_friendly_413_page()
    {
        var station = await app.NewStationAsync();
        using var browser = app.Browser();
        var form = await browser.OpenAsync($"/p/{station.Code}/suggestion");
        var page = await browser.PostFormAsync($"/p/{station.Code}/suggestion", new Dictionary<string, string>
        {
            ["_handler"] = "suggestion", ["__RequestVerificationToken"] = PublicSite.TokenIn(form.Html),
            ["Input.Kind"] = "建议", ["Input.Content"] = new string('长', 40_000), // 120 KB encoded, beyond 64 KB
        });
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, page.Status);
        Assert.Contains("提交的内容过多", page.Html);
    }

    [Fact]
    public async Task Public_pages_beyond_the_per_ip_limit_answer_429_in_chinese_while_sign_in_stays_open()
    {
        var limited = CreateApp(new() { ["Security:PublicPermitsPerMinute"] = "3" });
        await limited.InitializeAsync();
        try
        {
            var station = await limited.NewStationAsync();
            using var browser = limited.Browser();
            var statuses = new List<HttpStatusCode>();
            for (var i = 0; i < 3; i++) statuses.Add((await browser.OpenAsync($"/p/{station.Code}")).Status);
            var refused = await browser.OpenAsync($"/p/{station.Code}/suggestion");

            Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK], statuses);
            Assert.Equal(HttpStatusCode.TooManyRequests, refused.Status);
            Assert.Contains("访问过于频繁", refused.Html);
            Assert.Contains("请稍等一分钟后再试", refused.Html);
            Assert.Equal("60", refused.Response.Headers.GetValues("Retry-After").Single());
            // A separate policy: the login page (its own limit) still answers.
            Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/account/login")).StatusCode);
        }
        finally
        {
            await ((IAsyncLifetime)limited).DisposeAsync();
        }
    }

    /// <summary>Blazor appends its encrypted component state (an inert comment without blazor.web.js), which differs on
    /// every response; everything the visitor sees must be identical.</summary>
    private static string WithoutComponentState(string html) =>
        System.Text.RegularExpressions.Regex.Replace(html, "<!--Blazor-[A-Za-z]+-Component-State:[^>]*-->", "");

    private static void AssertFriendlyRejection(PublicSite.Page page)
    {
        Assert.Equal(HttpStatusCode.BadRequest, page.Status);
        Assert.Equal("text/html", page.Response.Content.Headers.ContentType!.MediaType);
        Assert.Contains("页面已过期或提交的内容无法识别", page.Html);
        Assert.DoesNotContain("感谢您的意见建议", page.Html);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class PublicAreaOnSqlite(SqliteApp app) : PublicAreaTests(app)
{
    protected override TestApp CreateApp(Dictionary<string, string> settings) => new SqliteApp { Settings = settings };
}

[Collection(PostgresCollection.Name)]
public sealed class PublicAreaOnPostgres(PostgresApp app) : PublicAreaTests(app)
{
    protected override TestApp CreateApp(Dictionary<string, string> settings) => new PostgresApp { Settings = settings };
}
