using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using SocialWorkStation.BrowserTests.Pages;
using SocialWorkStation.Modules.Cases.Data;
using SocialWorkStation.Modules.Cases.Domain;
using SocialWorkStation.Platform.Identity;
using static Microsoft.Playwright.Assertions;

namespace SocialWorkStation.BrowserTests;

[Collection(BrowserCollection.Name)]
public sealed class CaseIntakeTests(BrowserFixture fx)
{
    [Fact]
    [Trait("Clause", "C3.1.1")]
    [Trait("Clause", "C3.1.2")]
    public async Task A_worker_takes_in_a_client_the_supervisor_accepts_and_the_worker_records_the_assessment()
    {
        var station = await fx.App.NewStationAsync();
        var workerUser = await fx.App.NewUserAsync(Roles.SocialWorker, station);
        var supervisorUser = await fx.App.NewUserAsync(Roles.Supervisor, station);
        Guid clientId;
        await using (var scope = fx.App.SystemScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CasesDb>();
            var client = new Client { StationId = station.Id, Name = "李桂兰", RegisteredById = workerUser.Id, RegisteredAt = DateTime.UtcNow };
            db.Clients.Add(client);
            await db.SaveChangesAsync();
            clientId = client.Id;
        }

        var worker = await fx.NewPageAsync(phone: true);
        await new LoginPage(worker).LoginAsync(workerUser);
        var workerCase = new CasePages(worker);
        var number = await workerCase.OpenIntakeAsync(clientId, "李桂兰", "独居老人，近期跌倒，做饭和就医困难",
            sourceDetail: "网格员王某上报", supervisorName: $"测试{supervisorUser.UserName}");
        Assert.Matches($"^{station.Code}-GA-\\d{{4}}-0001$", number);
        await Expect(workerCase.Status).ToHaveTextAsync("接案审核中");
        var caseId = Guid.Parse(worker.Url.Split('/').Last());

        var supervisor = await fx.NewPageAsync();
        await new LoginPage(supervisor).LoginAsync(supervisorUser);
        var supervisorCase = new CasePages(supervisor);
        await supervisorCase.GotoCaseAsync(caseId);
        await supervisorCase.DecideIntakeAsync("符合接案条件，同意接案");
        await Expect(supervisorCase.Status).ToHaveTextAsync("需求评估");

        await workerCase.GotoCaseAsync(caseId);
        await workerCase.RecordAssessmentAsync("行动不便，独居无人照料", "建议链接居家养老服务并提供情绪支持。", ["生活照料", "情绪支持"]);
        await Expect(workerCase.Status).ToHaveTextAsync("计划制定");
        await Expect(worker.GetByTestId("assessment-item")).ToContainTextAsync("生活照料");

        // The plan page-object intents the whole-case test builds on (C3.2.1, C3.2.2).
        await workerCase.DraftPlanAsync("恢复日常外出活动", "每周外出不少于 2 次", "生活照料");
        await Expect(workerCase.PlanStatuses.First).ToHaveTextAsync("草稿");
        await workerCase.SubmitPlanAsync();
        await Expect(workerCase.PlanStatuses.First).ToHaveTextAsync("审核中");
        await workerCase.OpenPlanApprovalAsync();
        await Expect(worker.GetByRole(AriaRole.Heading, new() { Name = $"服务计划审核：{number} 第1版", Level = 1 })).ToBeVisibleAsync();
    }
}
