using Microsoft.Playwright;
using SocialWorkStation.IntegrationTests.Infrastructure;

namespace SocialWorkStation.BrowserTests;

/// <summary>Debian's Chromium driving the real app; the provider comes from SWS_BROWSER_PROVIDER (Sqlite or Postgres),
/// so scripts/test.sh runs every browser test on both.</summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private IPlaywright? _playwright;
    public TestApp App { get; private set; } = default!;
    public IBrowser Browser { get; private set; } = default!;

    public static TestApp CreateApp(bool seed = true) =>
        Environment.GetEnvironmentVariable("SWS_BROWSER_PROVIDER") == "Postgres"
            ? new PostgresApp { SeedOrganisation = seed }
            : new SqliteApp { SeedOrganisation = seed };

    public async Task InitializeAsync()
    {
        App = CreateApp();
        await App.InitializeAsync();
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = "/usr/bin/chromium", Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync"],
        });
    }

    /// <summary>A fresh browser context (own cookies) at phone or desktop width, in zh-CN.</summary>
    public async Task<IPage> NewPageAsync(TestApp? app = null, bool phone = false)
    {
        var context = await Browser.NewContextAsync(new()
        {
            BaseURL = (app ?? App).BaseAddress.ToString(), Locale = "zh-CN",
            ViewportSize = phone ? new() { Width = 390, Height = 844 } : new() { Width = 1280, Height = 900 },
        });
        context.SetDefaultTimeout(15_000);
        return await context.NewPageAsync();
    }

    public async Task DisposeAsync()
    {
        await Browser.DisposeAsync();
        _playwright?.Dispose();
        await ((IAsyncLifetime)App).DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture> { public const string Name = "browser"; }
