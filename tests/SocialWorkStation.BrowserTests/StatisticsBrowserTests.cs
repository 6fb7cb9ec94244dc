using Microsoft.Playwright;
using SocialWorkStation.BrowserTests.Pages;
using SocialWorkStation.IntegrationTests.Cases;
using SocialWorkStation.Modules.Cases.Domain;
using SocialWorkStation.Platform.Identity;
using static Microsoft.Playwright.Assertions;

namespace SocialWorkStation.BrowserTests;

[Collection(BrowserCollection.Name)]
public sealed class StatisticsBrowserTests(BrowserFixture fx)
{
    [Fact]
    [Trait("Clause", "C3.4.2")]
    public async Task A_county_user_sees_each_station_s_month_and_the_totals_on_a_phone()
    {
        var county = await fx.App.NewOrganisationAsync("丙县社会工作指导中心");
        var busy = await fx.App.NewStationAsync("东街社工站" + fx.App.Unique(""), county);
        var quiet = await fx.App.NewStationAsync("西镇社工站" + fx.App.Unique(""), county);
        var worker = await fx.App.NewUserAsync(county, Roles.SocialWorker, busy);
        var item = await fx.App.CaseAsync(busy, await fx.App.ClientAsync(busy, worker), worker);
        var plan = await fx.App.ApprovedPlanAsync(item, worker);
        await fx.App.ServiceRecordAsync(item, plan, new DateOnly(2025, 10, 8), ServiceType.HomeVisit, 90);
        await fx.App.ServiceRecordAsync(item, plan, new DateOnly(2025, 10, 20), ServiceType.PhoneCall, 30);
        await fx.App.ServiceRecordAsync(item, plan, new DateOnly(2025, 11, 3), ServiceType.PhoneCall, 30);

        var page = await fx.NewPageAsync(phone: true);
        await new LoginPage(page).LoginAsync(await fx.App.NewUserAsync(county, Roles.County));
        var statistics = new StatisticsPage(page);
        await statistics.OpenAsync();
        await Expect(statistics.Heading).ToBeVisibleAsync();
        await statistics.ChooseMonthAsync("2025-10");

        // Columns: station, 服务人次, 服务时长（小时）, then 面谈, 电访, 家访 …
        await Expect(statistics.RowOf(busy.Name).GetByRole(AriaRole.Cell))
            .ToHaveTextAsync(new[] { busy.Name, "2", "2.0", "0", "1", "1", "0", "0", "0", "1", "0", "0", "0", "0", "0", "0" });
        await Expect(statistics.RowOf(quiet.Name).GetByRole(AriaRole.Cell).Nth(1)).ToHaveTextAsync("0");
        await Expect(statistics.TotalsRow.GetByRole(AriaRole.Cell).Nth(1)).ToHaveTextAsync("2");
        await Expect(statistics.TotalsRow.GetByRole(AriaRole.Cell).Nth(2)).ToHaveTextAsync("2.0");
    }
}
