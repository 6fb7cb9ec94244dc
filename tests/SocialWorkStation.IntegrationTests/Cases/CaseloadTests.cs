using System.Net.Http.Json;
using SocialWorkStation.IntegrationTests.Infrastructure;
using SocialWorkStation.Modules.Cases.Domain;
using SocialWorkStation.Modules.Cases.Features.Caseload;
using SocialWorkStation.Platform.Common;
using SocialWorkStation.Platform.Identity;
using SocialWorkStation.Platform.Stations;

namespace SocialWorkStation.IntegrationTests.Cases;

/// <summary>个案列表 (C3.4.2: files organised for lookup) under the confidentiality rule (C1.3.4).</summary>
public abstract class CaseloadTests(TestApp app)
{
    private sealed record World(Station Station, TestUser Director, TestUser WorkerA, TestUser WorkerB, Case A1, Case A2, Case B1);

    /// <summary>Three cases in a fresh station: two of worker A (one contacted long ago, one recently), one of worker B never contacted.</summary>
    private async Task<World> WorldAsync()
    {
        var station = await app.NewStationAsync();
        var director = await app.NewUserAsync(Roles.Director, station);
        var a = await app.NewUserAsync(Roles.SocialWorker, station);
        var b = await app.NewUserAsync(Roles.SocialWorker, station);
        var today = CaseFileSeed.BeijingToday();
        var a1 = await app.CaseAsync(station, await app.ClientAsync(station, a, app.Unique("王秀英")), a, CaseStatus.Intervention);
        a1 = await app.UpdateCaseAsync(a1.Id, k => { k.LastContactOn = today.AddDays(-40); k.NextContactDue = today.AddDays(-10); k.IntakeDate = today.AddDays(-90); k.RiskLevel = RiskLevel.High; });
        var a2 = await app.CaseAsync(station, await app.ClientAsync(station, a, app.Unique("李建国")), a, CaseStatus.Intervention);
        a2 = await app.UpdateCaseAsync(a2.Id, k => { k.LastContactOn = today.AddDays(-2); k.NextContactDue = today.AddDays(20); k.IntakeDate = today.AddDays(-30); });
        var b1 = await app.CaseAsync(station, await app.ClientAsync(station, b, app.Unique("赵春梅")), b, CaseStatus.Assessment);
        b1 = await app.UpdateCaseAsync(b1.Id, k => k.IntakeDate = today.AddDays(-5));
        return new World(station, director, a, b, a1, a2, b1);
    }

    private static async Task<Paged<CaseRow>> ListAsync(HttpClient client, string query = "") =>
        (await client.GetFromJsonAsync<Paged<CaseRow>>("/api/v1/cases" + query))!;

    [Fact]
    [Trait("Clause", "C3.4.2")]
    public async Task The_list_is_paged_and_by_default_shows_the_most_recent_contact_first_with_never_contacted_cases_last()
    {
        var w = await WorldAsync();
        using var director = await app.ClientForAsync(w.Director, w.Station);

        var first = await ListAsync(director, "?pageSize=2");
        var second = await ListAsync(director, "?pageSize=2&page=2");

        Assert.Equal(3, first.Total);
        Assert.Equal([w.A2.Id, w.A1.Id], first.Items.Select(r => r.Id));
        Assert.Equal([w.B1.Id], second.Items.Select(r => r.Id));
        Assert.Equal(w.A1.Number, first.Items[1].Number);
    }

    [Fact]
    [Trait("Clause", "C3.4.2")]
    public async Task The_list_sorts_by_intake_date_and_number_in_either_direction()
    {
        var w = await WorldAsync();
        using var director = await app.ClientForAsync(w.Director, w.Station);

        Assert.Equal([w.A1.Id, w.A2.Id, w.B1.Id], (await ListAsync(director, "?sort=IntakeDate&desc=false")).Items.Select(r => r.Id));
        Assert.Equal([w.B1.Id, w.A2.Id, w.A1.Id], (await ListAsync(director, "?sort=IntakeDate&desc=true")).Items.Select(r => r.Id));
        var byNumber = (await ListAsync(director, "?sort=Number")).Items.Select(r => r.Number).ToList();
        Assert.Equal(byNumber.Order(StringComparer.Ordinal), byNumber);
    }

    [Fact]
    [Trait("Clause", "C3.4.2")]
    public async Task Filters_by_status_worker_mine_risk_overdue_and_target_group()
    {
        var w = await WorldAsync();
        await app.UpdateClientAsync(w.B1.ClientId, c => c.SetTargetGroups(["独居老人", "残疾人"]));
        using var director = await app.ClientForAsync(w.Director, w.Station);
        using var workerA = await app.ClientForAsync(w.WorkerA, w.Station);

        Assert.Equal([w.B1.Id], (await ListAsync(director, "?status=Assessment")).Items.Select(r => r.Id));
        Assert.Equal([w.B1.Id], (await ListAsync(director, $"?workerId={w.WorkerB.Id}")).Items.Select(r => r.Id));
        Assert.Equal([w.A2.Id, w.A1.Id], (await ListAsync(workerA, "?mine=true")).Items.Select(r => r.Id));
        Assert.Empty((await ListAsync(director, "?mine=true")).Items);
        Assert.Equal([w.A1.Id], (await ListAsync(director, "?risk=High")).Items.Select(r => r.Id));
        var overdue = await ListAsync(director, "?overdue=true");
        Assert.Equal([w.A1.Id], overdue.Items.Select(r => r.Id));
        Assert.True(overdue.Items[0].Overdue);
        Assert.Equal([w.B1.Id], (await ListAsync(director, "?targetGroup=" + Uri.EscapeDataString("残疾人"))).Items.Select(r => r.Id));
        Assert.Empty((await ListAsync(director, "?targetGroup=" + Uri.EscapeDataString("残疾"))).Items);
    }

    [Fact]
    [Trait("Clause", "C3.4.2")]
    public async Task Chinese_search_finds_cases_by_client_name_and_by_service_record_text()
    {
        var w = await WorldAsync();
        var plan = await app.ApprovedPlanAsync(w.A2, w.WorkerA);
        await app.AddAsync(CaseFileSeed.Record(w.A2, plan.Id, "陪同前往镇卫生院复查血压"),
            new ServiceRecord
            {
                StationId = w.Station.Id, CaseId = w.A2.Id, PlanId = plan.Id, ServiceDate = CaseFileSeed.BeginningOfMonth(), DurationMinutes = 30,
                Type = ServiceType.PhoneCall, Content = "电话问候", Effect = "情绪明显好转，愿意参加老年大学", WorkerId = w.WorkerA.Id, CreatedAt = DateTime.UtcNow,
            });
        using var director = await app.ClientForAsync(w.Director, w.Station);

        Assert.Equal([w.A1.Id], (await ListAsync(director, "?q=" + Uri.EscapeDataString("秀英"))).Items.Select(r => r.Id));
        Assert.Equal([w.A2.Id], (await ListAsync(director, "?q=" + Uri.EscapeDataString("卫生院"))).Items.Select(r => r.Id));
        Assert.Equal([w.A2.Id], (await ListAsync(director, "?q=" + Uri.EscapeDataString("老年大学"))).Items.Select(r => r.Id));
        Assert.Empty((await ListAsync(director, "?q=" + Uri.EscapeDataString("不存在的内容"))).Items);
    }

    [Fact]
    [Trait("Clause", "C3.4.2")]
    [Trait("Clause", "C1.3.4")]
    public async Task A_sensitive_record_text_does_not_make_a_case_match_for_a_user_who_may_not_read_it()
    {
        var w = await WorldAsync();
        var plan = await app.ApprovedPlanAsync(w.A2, w.WorkerA);
        await app.AddAsync(CaseFileSeed.Record(w.A2, plan.Id, "服务对象透露曾遭受家庭暴力", sensitive: true));
        // An evaluator opens every file of the station but not sensitive notes.
        var evaluator = await app.NewUserAsync(Roles.Evaluator, w.Station);
        using var evaluatorClient = await app.ClientForAsync(evaluator, w.Station);
        using var director = await app.ClientForAsync(w.Director, w.Station);
        var q = "?q=" + Uri.EscapeDataString("家庭暴力");

        Assert.Empty((await ListAsync(evaluatorClient, q)).Items);
        Assert.Equal([w.A2.Id], (await ListAsync(director, q)).Items.Select(r => r.Id));
    }

    [Fact]
    [Trait("Clause", "C1.3.4")]
    public async Task The_list_never_shows_another_station_s_cases_nor_cases_a_worker_is_not_assigned_to()
    {
        var w = await WorldAsync();
        var other = await app.NewStationAsync();
        var otherWorker = await app.NewUserAsync(Roles.SocialWorker, other);
        var foreign = await app.CaseAsync(other, await app.ClientAsync(other, otherWorker), otherWorker);
        using var director = await app.ClientForAsync(w.Director, w.Station);
        using var workerB = await app.ClientForAsync(w.WorkerB, w.Station);

        var all = await ListAsync(director, "?pageSize=100");
        Assert.DoesNotContain(all.Items, r => r.Id == foreign.Id);
        Assert.Equal(3, all.Total);
        var mine = await ListAsync(workerB, "?pageSize=100");
        Assert.Equal([w.B1.Id], mine.Items.Select(r => r.Id));
        Assert.Equal(1, mine.Total);
    }
}

[Collection(SqliteCollection.Name)] public sealed class CaseloadOnSqlite(SqliteApp app) : CaseloadTests(app);
[Collection(PostgresCollection.Name)] public sealed class CaseloadOnPostgres(PostgresApp app) : CaseloadTests(app);
