using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Time.Testing;
using SocialWorkStation.IntegrationTests.Infrastructure;
using SocialWorkStation.Platform.Identity;

namespace SocialWorkStation.IntegrationTests;

/// <summary>等保2.0 idle-session timeout: a browser session ends after 30 minutes without requests.</summary>
public abstract partial class IdleTimeoutTests
{
    protected abstract TestApp CreateApp(TimeProvider clock);

    [Fact]
    [Trait("Clause", "C7.3.1")]
    public async Task A_signed_in_session_ends_after_thirty_idle_minutes_but_activity_keeps_it_alive()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var app = CreateApp(clock);
        await app.InitializeAsync();
        try
        {
            // A role without two-factor: this test is about the idle timeout, not the second step.
            var worker = await app.NewUserAsync(Roles.Supervisor, await app.NewStationAsync());
            using var browser = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false })
            {
                BaseAddress = app.BaseAddress,
            };
            var login = await browser.GetStringAsync("/account/login");
            var signIn = await browser.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["_handler"] = "login",
                ["__RequestVerificationToken"] = AntiforgeryToken().Match(login).Groups[1].Value,
                ["Input.UserName"] = worker.UserName,
                ["Input.Password"] = worker.Password,
            }));
            Assert.True(signIn.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.Found, $"sign-in answered {(int)signIn.StatusCode}");
            Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/")).StatusCode);

            clock.Advance(TimeSpan.FromMinutes(29));
            Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/")).StatusCode); // activity renews the session

            clock.Advance(TimeSpan.FromMinutes(31));
            var idle = await browser.GetAsync("/");
            Assert.Equal(HttpStatusCode.Redirect, idle.StatusCode);
            Assert.Contains("/account/login", idle.Headers.Location!.ToString());
        }
        finally
        {
            await ((IAsyncLifetime)app).DisposeAsync();
        }
    }

    [Fact]
    [Trait("Clause", "C7.3.1")]
    public async Task However_active_a_session_ends_twelve_hours_after_sign_in()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var app = CreateApp(clock);
        await app.InitializeAsync();
        try
        {
            var worker = await app.NewUserAsync(Roles.Supervisor, await app.NewStationAsync());
            using var browser = await SignedInBrowserAsync(app, worker);
            // A request every 25 minutes keeps the idle limit at bay for 11 h 40 min …
            for (var i = 0; i < 28; i++)
            {
                clock.Advance(TimeSpan.FromMinutes(25));
                Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/")).StatusCode);
            }
            // … but not past the absolute limit (Security:AbsoluteSessionMinutes, 720).
            clock.Advance(TimeSpan.FromMinutes(25));
            var ended = await browser.GetAsync("/");
            Assert.Equal(HttpStatusCode.Redirect, ended.StatusCode);
            Assert.Contains("/account/login", ended.Headers.Location!.ToString());
        }
        finally
        {
            await ((IAsyncLifetime)app).DisposeAsync();
        }
    }

    private static async Task<HttpClient> SignedInBrowserAsync(TestApp app, TestUser user)
    {
        var browser = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false })
        {
            BaseAddress = app.BaseAddress,
        };
        var login = await browser.GetStringAsync("/account/login");
        var signIn = await browser.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "login",
            ["__RequestVerificationToken"] = AntiforgeryToken().Match(login).Groups[1].Value,
            ["Input.UserName"] = user.UserName,
            ["Input.Password"] = user.Password,
        }));
        Assert.True(signIn.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.Found, $"sign-in answered {(int)signIn.StatusCode}");
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/")).StatusCode);
        return browser;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();
}

public sealed class IdleTimeoutOnSqlite : IdleTimeoutTests
{
    protected override TestApp CreateApp(TimeProvider clock) => new SqliteApp { Clock = clock };
}

public sealed class IdleTimeoutOnPostgres : IdleTimeoutTests
{
    protected override TestApp CreateApp(TimeProvider clock) => new PostgresApp { Clock = clock };
}
