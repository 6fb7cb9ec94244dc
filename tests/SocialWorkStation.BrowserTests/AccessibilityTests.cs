using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using SocialWorkStation.BrowserTests.Pages;
using SocialWorkStation.Platform.Identity;

namespace SocialWorkStation.BrowserTests;

/// <summary>Deque axe through Playwright: no serious or critical violations on the main pages.</summary>
[Collection(BrowserCollection.Name)]
public sealed class AccessibilityTests(BrowserFixture fx)
{
    private static async Task AssertNoSeriousViolationsAsync(IPage page)
    {
        var result = await page.RunAxe();
        var serious = result.Violations.Where(v => v.Impact is "serious" or "critical").ToList();
        Assert.True(serious.Count == 0, page.Url + ":\n" + string.Join("\n", serious.Select(Describe)));
    }

    private static string Describe(AxeResultItem v) =>
        $"{v.Impact} {v.Id}: {v.Help} — " + string.Join("; ", v.Nodes.Take(3).Select(n => string.Join(",", n.Target)));

    [Fact]
    public async Task Setup_page_has_no_serious_accessibility_violations()
    {
        var fresh = BrowserFixture.CreateApp(seed: false);
        await fresh.InitializeAsync();
        try
        {
            var page = await fx.NewPageAsync(fresh);
            await page.GotoAsync("/setup");
            await AssertNoSeriousViolationsAsync(page);
        }
        finally
        {
            await ((IAsyncLifetime)fresh).DisposeAsync();
        }
    }

    [Fact]
    public async Task Login_page_has_no_serious_accessibility_violations()
    {
        var page = await fx.NewPageAsync();
        await page.GotoAsync("/account/login");
        await AssertNoSeriousViolationsAsync(page);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/admin/users")]
    [InlineData("/admin/roles")]
    [InlineData("/admin/login-history")]
    [InlineData("/admin/audit")]
    [InlineData("/admin/approval-flows")]
    public async Task Signed_in_pages_have_no_serious_accessibility_violations(string path)
    {
        var station = await fx.App.NewStationAsync();
        // Each administration page by the administrator whose duty it is (三权分立).
        string[] roles = path switch
        {
            "/admin/roles" => [Roles.SecurityAdmin],
            "/admin/login-history" or "/admin/audit" => [Roles.AuditAdmin],
            _ => [Roles.Admin, Roles.Director],
        };
        var admin = await fx.App.NewUserAsync(roles, station);
        var page = await fx.NewPageAsync();
        await new LoginPage(page).LoginAsync(admin);
        if (path != "/")
        {
            await page.GotoAsync(path);
            await LoginPage.WaitForInteractiveAsync(page);
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToBeVisibleAsync();
        }
        await AssertNoSeriousViolationsAsync(page);
    }
}
