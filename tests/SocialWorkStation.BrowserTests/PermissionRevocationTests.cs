using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using SocialWorkStation.BrowserTests.Pages;
using SocialWorkStation.Data;
using SocialWorkStation.Platform.Identity;
using static Microsoft.Playwright.Assertions;

namespace SocialWorkStation.BrowserTests;

/// <summary>Issue 10 item 4: an open page does not keep a permission the user no longer has. Before, a Blazor page was
/// authorised once when its connection started and every later click ran with what the user had then.</summary>
[Collection(BrowserCollection.Name)]
public sealed class PermissionRevocationTests(BrowserFixture fx)
{
    [Fact]
    [Trait("Clause", "C7.3.1")]
    public async Task A_role_taken_away_stops_the_next_click_on_an_open_page()
    {
        var station = await fx.App.NewStationAsync();
        var worker = await fx.App.NewUserAsync(Roles.SocialWorker, station);
        var page = await fx.NewPageAsync();
        await new LoginPage(page).LoginAsync(worker);
        await page.GotoAsync("/cases/clients");
        await LoginPage.WaitForInteractiveAsync(page);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "服务对象", Level = 1 })).ToBeVisibleAsync();

        // The administrator takes the role away while the page stays open (straight in the database: no sign-out, no
        // new security stamp, so only the per-operation check can notice).
        await using (var scope = fx.App.SystemScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            await db.Set<IdentityUserRole<Guid>>().Where(r => r.UserId == worker.Id).ExecuteDeleteAsync();
        }
        await page.GetByRole(AriaRole.Button, new() { Name = "搜索" }).ClickAsync();

        await Expect(page.GetByText("您没有打开此页面的权限。")).ToBeVisibleAsync();
    }
}
