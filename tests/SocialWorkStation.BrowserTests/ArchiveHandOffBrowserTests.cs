using Deque.AxeCore.Playwright;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using SocialWorkStation.BrowserTests.Pages;
using SocialWorkStation.Data;
using SocialWorkStation.Platform.Archives;
using SocialWorkStation.Platform.Identity;
using static Microsoft.Playwright.Assertions;

namespace SocialWorkStation.BrowserTests;

[Collection(BrowserCollection.Name)]
public sealed class ArchiveHandOffBrowserTests(BrowserFixture fx)
{
    [Fact]
    [Trait("Clause", "C8.2.2")]
    public async Task The_archivist_finds_a_handed_over_record_set_under_archives_and_opens_its_files_on_a_phone()
    {
        var station = await fx.App.NewStationAsync();
        var director = await fx.App.NewUserAsync(Roles.Director, station);
        var archivist = await fx.App.NewUserAsync(Roles.Archivist, station);
        var title = "2025年度工作总结" + fx.App.Unique("-");
        await using (var scope = await fx.App.UserScopeAsync(director, station))
        {
            var declared = await scope.ServiceProvider.GetRequiredService<IArchiveHandOffs>().DeclareAsync(new ArchiveDeclaration(
                new ArchiveSource("test", "test.report", Guid.CreateVersion7(), station.Id), ArchiveClass.Documentary, 2025, title,
                new DateOnly(2025, 12, 31), RetentionPeriod.Permanent, [], [new ArchiveDocumentRef("report", "年度工作总结.pdf", "application/pdf")]));
            Assert.True(declared.IsSuccess, declared.Error?.Message);
            await scope.ServiceProvider.GetRequiredService<AppDbContext>().SaveChangesAsync();
        }

        var page = await fx.NewPageAsync(phone: true);
        await new LoginPage(page).LoginAsync(archivist);
        var archive = new ArchiveHandOffPages(page);
        await archive.OpenListAsync();
        await Expect(archive.ListHeading).ToBeVisibleAsync();
        await Expect(archive.RowOf(title)).ToContainTextAsync("文书（WS）");
        await Expect(archive.RowOf(title)).ToContainTextAsync("永久（Y）");
        var problems = (await page.Locator("main").First.RunAxe()).Violations.Select(v => $"list: {v.Id}: {v.Help}").ToList();

        await archive.FilterClassAsync("会计（KU）");
        await Expect(archive.RowOf(title)).ToHaveCountAsync(0);
        await archive.FilterClassAsync("文书（WS）");
        await archive.RowOf(title).GetByRole(AriaRole.Link, new() { Name = title }).ClickAsync();

        await Expect(archive.Heading(title)).ToBeVisibleAsync();
        await Expect(archive.Files.GetByRole(AriaRole.Link, new() { Name = "年度工作总结.pdf" })).ToBeVisibleAsync();
        await Expect(page.GetByTestId("handoff-status")).ToHaveTextAsync("待归档");
        problems.AddRange((await page.Locator("main").First.RunAxe()).Violations.Select(v => $"detail: {v.Id}: {v.Help}"));
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }
}
