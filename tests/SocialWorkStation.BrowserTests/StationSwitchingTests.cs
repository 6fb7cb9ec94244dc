using Microsoft.Playwright;
using SocialWorkStation.BrowserTests.Pages;
using SocialWorkStation.Platform.Identity;

namespace SocialWorkStation.BrowserTests;

[Collection(BrowserCollection.Name)]
public sealed class StationSwitchingTests(BrowserFixture fx)
{
    [Fact]
    public async Task A_worker_in_two_stations_switches_between_them_in_the_header()
    {
        var a = await fx.App.NewStationAsync("甲镇社工站" + fx.App.Unique(""));
        var b = await fx.App.NewStationAsync("乙镇社工站" + fx.App.Unique(""));
        var worker = await fx.App.NewUserAsync(Roles.SocialWorker, a, b);
        var page = await fx.NewPageAsync(phone: true);
        await new LoginPage(page).LoginAsync(worker);
        var header = new HeaderBar(page);
        await Assertions.Expect(header.CurrentStation).ToHaveTextAsync(a.Name);
        // Only the worker's own stations are offered, and no county-wide option.
        var options = await header.StationSwitcher.Locator("option").AllInnerTextsAsync();
        Assert.Equal(new[] { a.Name, b.Name }.Order(), options.Order());

        await header.SwitchStationAsync(b.Name);
        await Assertions.Expect(header.CurrentStation).ToHaveTextAsync(b.Name);
    }

    [Fact]
    public async Task A_county_user_can_look_at_all_stations_of_the_county()
    {
        var home = await fx.App.NewStationAsync();
        var county = await fx.App.NewUserAsync(Roles.County, home);
        var page = await fx.NewPageAsync();
        await new LoginPage(page).LoginAsync(county);
        var header = new HeaderBar(page);
        await header.SwitchStationAsync("全县（所有社工站）");
        await Assertions.Expect(header.CurrentStation).ToHaveTextAsync("全县（所有社工站）");
    }

    [Fact]
    public async Task A_single_station_worker_sees_no_switcher_and_cannot_switch_by_url()
    {
        var own = await fx.App.NewStationAsync();
        var other = await fx.App.NewStationAsync();
        var worker = await fx.App.NewUserAsync(Roles.SocialWorker, own);
        var page = await fx.NewPageAsync();
        await new LoginPage(page).LoginAsync(worker);
        await Assertions.Expect(new HeaderBar(page).StationSwitcher).ToHaveCountAsync(0);
        // Switching is a POST with the page's antiforgery token (issue 10); another station's id is still not found.
        var status = await page.EvaluateAsync<int>("""
            async id => {
                const token = document.querySelector("input[name=__RequestVerificationToken]").value;
                const r = await fetch("/account/station", { method: "POST", redirect: "manual",
                    body: new URLSearchParams({ id, __RequestVerificationToken: token }) });
                return r.status;
            }
            """, other.Id.ToString());
        Assert.Equal(404, status);
        await page.GotoAsync("/");
        await LoginPage.WaitForInteractiveAsync(page);
        await Assertions.Expect(new HeaderBar(page).CurrentStation).ToHaveTextAsync(own.Name);
    }
}
