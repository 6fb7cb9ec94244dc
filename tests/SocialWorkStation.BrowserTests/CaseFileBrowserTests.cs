using Microsoft.Extensions.DependencyInjection;
using SocialWorkStation.BrowserTests.Pages;
using SocialWorkStation.IntegrationTests.Infrastructure;
using SocialWorkStation.Modules.Cases.Data;
using SocialWorkStation.Modules.Cases.Domain;
using SocialWorkStation.Platform.Identity;
using static Microsoft.Playwright.Assertions;

namespace SocialWorkStation.BrowserTests;

[Collection(BrowserCollection.Name)]
public sealed class CaseFileBrowserTests(BrowserFixture fx)
{
    [Fact]
    [Trait("Clause", "C3.4.3")]
    public async Task A_worker_finds_a_case_by_a_word_of_a_service_record_opens_its_file_and_downloads_the_pdf()
    {
        var station = await fx.App.NewStationAsync();
        var worker = await fx.App.NewUserAsync(Roles.SocialWorker, station);
        var clientName = fx.App.Unique("钱玉兰");
        var (caseId, number) = await SeedAsync(station.Id, worker, clientName);

        // At phone width: workers look files up on home visits.
        var page = await fx.NewPageAsync(phone: true);
        await new LoginPage(page).LoginAsync(worker);
        var pages = new CaseFilePages(page);
        await pages.OpenCaseListAsync();
        await pages.SearchAsync("助浴");
        await Expect(pages.Rows).ToHaveCountAsync(1);
        await Expect(pages.Rows.First).ToContainTextAsync(clientName);
        await pages.OpenFileFromListAsync(number);
        await Expect(pages.ClientName).ToHaveTextAsync(clientName);
        await Expect(page.GetByText("链接志愿者每周上门助浴一次")).ToBeVisibleAsync();

        var pdf = await pages.DownloadPdfAsync();

        Assert.Contains(clientName, await CaseFilePages.PdfTextAsync(pdf));
        Assert.Contains(caseId.ToString(), page.Url);
    }

    private async Task<(Guid, string)> SeedAsync(Guid stationId, TestUser worker, string clientName)
    {
        await using var scope = fx.App.SystemScope();
        var db = scope.ServiceProvider.GetRequiredService<CasesDb>();
        var client = new Client
        {
            StationId = stationId, Name = clientName, Gender = Gender.Female, BirthYear = 1948, IdNumberMasked = "**************1234",
            RegisteredById = worker.Id, RegisteredByName = worker.UserName, RegisteredAt = DateTime.UtcNow,
        };
        var item = new Case
        {
            StationId = stationId, Number = fx.App.Unique("GA-"), ClientId = client.Id, PresentingNeeds = "独居高龄，洗澡困难",
            IntakeDate = DateOnly.FromDateTime(DateTime.UtcNow), Status = CaseStatus.Intervention, WorkerId = worker.Id, WorkerName = worker.UserName,
            CreatedAt = DateTime.UtcNow, UpdatedAt = DateTime.UtcNow,
        };
        db.Clients.Add(client);
        db.Cases.Add(item);
        db.ServiceRecords.Add(new ServiceRecord
        {
            StationId = stationId, CaseId = item.Id, PlanId = Guid.CreateVersion7(), ServiceDate = item.IntakeDate, DurationMinutes = 60,
            Type = ServiceType.ResourceLinking, Content = "链接志愿者每周上门助浴一次", WorkerId = worker.Id, WorkerName = worker.UserName, CreatedAt = DateTime.UtcNow,
        });
        await db.SaveChangesAsync();
        return (item.Id, item.Number);
    }
}
