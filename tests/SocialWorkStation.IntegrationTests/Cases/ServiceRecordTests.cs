using System.Net;
using System.Net.Http.Json;
using SocialWorkStation.IntegrationTests.Approvals;
using SocialWorkStation.IntegrationTests.Infrastructure;
using SocialWorkStation.Modules.Cases.Domain;
using SocialWorkStation.Modules.Cases.Features.Delivery;
using SocialWorkStation.Platform.Identity;
using static SocialWorkStation.IntegrationTests.Cases.ServiceDeliveryApi;

namespace SocialWorkStation.IntegrationTests.Cases;

public abstract class ServiceRecordTests(TestApp app)
{
    [Fact]
    [Trait("Clause", "C3.3.1")]
    public async Task No_service_can_be_recorded_before_the_plan_is_approved()
    {
        var s = await app.CaseInServiceAsync(approvedPlan: false);

        var problem = await (await s.Worker.RecordServiceAsync(s.Case.Id)).ProblemAsync(HttpStatusCode.BadRequest);

        Assert.Equal("服务计划尚未审核通过，不能记录服务。", problem.GetProperty("title").GetString());
        Assert.Equal(0, (await s.Worker.ServicesAsync(s.Case.Id)).Total);
    }

    [Fact]
    [Trait("Clause", "C3.3.2")]
    [Trait("Clause", "C3.4.1")]
    public async Task A_recorded_service_keeps_content_feedback_and_effect_and_updates_the_last_contact()
    {
        var s = await app.CaseInServiceAsync();
        var on = Today.AddDays(-2);

        var created = await s.Worker.RecordServiceOkAsync(s.Case.Id, Service(on: on, minutes: 45));

        var listed = Assert.Single((await s.Worker.ServicesAsync(s.Case.Id)).Items);
        Assert.Equal(created.Id, listed.Id);
        Assert.Equal(s.Plan.Id, listed.PlanId);
        Assert.Equal("上门探访，协助整理药品并讲解服药时间", listed.Content);
        Assert.Equal("老人表示药品整理后安心多了", listed.ClientFeedback);
        Assert.Equal("能按时服药", listed.Effect);
        Assert.Equal("下周电访确认服药情况", listed.NextSteps);
        var state = await app.CaseStateAsync(s.Case.Id);
        Assert.Equal(on, state.LastContactOn);
        Assert.Equal(on.AddDays(30), state.NextContactDue);
        Assert.Equal(1, state.ServiceCount);
        Assert.Equal(45, state.ServiceMinutes);
    }

    [Fact]
    [Trait("Clause", "C3.3.2")]
    public async Task A_service_dated_in_the_future_or_without_content_is_refused_with_the_field_named()
    {
        var s = await app.CaseInServiceAsync();

        var future = await (await s.Worker.RecordServiceAsync(s.Case.Id, Service(on: Today.AddDays(2)))).ProblemAsync(HttpStatusCode.BadRequest);
        var empty = await (await s.Worker.RecordServiceAsync(s.Case.Id, Service(content: ""))).ProblemAsync(HttpStatusCode.BadRequest);

        Assert.True(future.GetProperty("errors").TryGetProperty("serviceDate", out _));
        Assert.True(empty.GetProperty("errors").TryGetProperty("content", out _));
    }

    [Fact]
    [Trait("Clause", "C1.3.4")]
    public async Task A_sensitive_record_is_hidden_from_a_reader_without_the_sensitive_permission_but_shown_to_its_author()
    {
        var s = await app.CaseInServiceAsync();
        var record = await s.Worker.RecordServiceOkAsync(s.Case.Id, Service(content: "服务对象透露家庭暴力经历", sensitive: true));
        using var evaluator = await app.ClientForAsync(await app.NewUserAsync(Roles.Evaluator, s.Station), s.Station);

        var seenByEvaluator = Assert.Single((await evaluator.ServicesAsync(s.Case.Id)).Items);
        var single = await evaluator.GetFromJsonAsync<ServiceRecordDto>($"/api/v1/services/{record.Id}");
        var seenByAuthor = Assert.Single((await s.Worker.ServicesAsync(s.Case.Id)).Items);

        Assert.True(seenByEvaluator.Hidden);
        Assert.Equal("（敏感记录，无权查看）", seenByEvaluator.Content);
        Assert.Equal("（敏感记录，无权查看）", seenByEvaluator.ClientFeedback);
        Assert.Equal(record.ServiceDate, seenByEvaluator.ServiceDate);
        Assert.Equal(60, seenByEvaluator.DurationMinutes);
        Assert.Equal("（敏感记录，无权查看）", single!.Content);
        Assert.Equal("服务对象透露家庭暴力经历", seenByAuthor.Content);
    }

    [Fact]
    [Trait("Clause", "C1.3.4")]
    public async Task A_worker_not_on_the_case_gets_404_for_its_services()
    {
        var s = await app.CaseInServiceAsync();
        using var colleague = await app.ClientForAsync(await app.NewUserAsync(Roles.SocialWorker, s.Station), s.Station);

        Assert.Equal(HttpStatusCode.NotFound, (await colleague.GetAsync($"/api/v1/cases/{s.Case.Id}/services")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await colleague.RecordServiceAsync(s.Case.Id)).StatusCode);
    }

    [Fact]
    [Trait("Clause", "C3.4.1")]
    public async Task Editing_a_record_with_an_old_version_returns_409_with_the_other_persons_values()
    {
        var s = await app.CaseInServiceAsync();
        var record = await s.Worker.RecordServiceOkAsync(s.Case.Id);
        var first = new { serviceDate = Today, durationMinutes = 90, type = "Interview", content = "面谈：讨论外出计划", version = record.Version };
        var update = await s.Worker.PutAsJsonAsync($"/api/v1/services/{record.Id}", first);
        Assert.True(update.IsSuccessStatusCode, await update.Content.ReadAsStringAsync());

        var stale = new { serviceDate = Today, durationMinutes = 30, type = "Interview", content = "另一份修改", version = record.Version };
        var conflict = await (await s.Worker.PutAsJsonAsync($"/api/v1/services/{record.Id}", stale)).ProblemAsync(HttpStatusCode.Conflict);

        Assert.Equal("面谈：讨论外出计划", conflict.GetProperty("current").GetProperty("content")[0].GetString());
        Assert.Equal(90, (await app.CaseStateAsync(s.Case.Id)).ServiceMinutes);
    }

    [Fact]
    public async Task Only_the_author_or_the_director_may_edit_a_record()
    {
        var s = await app.CaseInServiceAsync();
        var record = await s.Worker.RecordServiceOkAsync(s.Case.Id);
        var body = new { serviceDate = Today, durationMinutes = 30, type = "PhoneCall", content = "他人改写", version = record.Version };
        // Sees every case of the station and does casework, but neither wrote the record nor directs the station.
        using var colleague = await app.ClientForAsync(await app.NewUserAsync([Roles.SocialWorker, Roles.Supervisor], s.Station), s.Station);
        using var director = await app.ClientForAsync(await app.NewUserAsync(Roles.Director, s.Station), s.Station);

        await (await colleague.PutAsJsonAsync($"/api/v1/services/{record.Id}", body)).ProblemAsync(HttpStatusCode.Forbidden);
        await director.PutAsJsonAsync($"/api/v1/services/{record.Id}", body).AssertOkAsync();
    }
}

[Collection(SqliteCollection.Name)] public sealed class ServiceRecordOnSqlite(SqliteApp app) : ServiceRecordTests(app);
[Collection(PostgresCollection.Name)] public sealed class ServiceRecordOnPostgres(PostgresApp app) : ServiceRecordTests(app);
