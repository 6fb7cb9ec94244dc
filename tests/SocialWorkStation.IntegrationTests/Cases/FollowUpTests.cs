using System.Net;
using System.Net.Http.Json;
using SocialWorkStation.IntegrationTests.Approvals;
using SocialWorkStation.IntegrationTests.Infrastructure;
using SocialWorkStation.Modules.Cases.Domain;
using static SocialWorkStation.IntegrationTests.Cases.ServiceDeliveryApi;

namespace SocialWorkStation.IntegrationTests.Cases;

public abstract class FollowUpTests(TestApp app)
{
    [Fact]
    [Trait("Clause", "C3.5.2")]
    public async Task A_follow_up_is_recorded_with_the_clients_later_needs_and_living_situation()
    {
        var s = await app.CaseInServiceAsync();
        await s.CloseThroughApprovalAsync();
        var due = (await s.Worker.FollowUpsAsync(s.Case.Id))[0];

        var response = await s.Worker.PostAsJsonAsync($"/api/v1/follow-ups/{due.Id}/record", new
        {
            doneOn = Today, method = "电话", findings = "生活稳定，每周参加社区长者活动；希望了解助餐服务", supportProvided = "告知社区食堂报名方式",
            needsReopening = false,
        });

        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        var recorded = (await s.Worker.FollowUpsAsync(s.Case.Id)).Single(f => f.Id == due.Id);
        Assert.Equal(Today, recorded.DoneOn);
        Assert.Equal("生活稳定，每周参加社区长者活动；希望了解助餐服务", recorded.Findings);
        Assert.Equal("告知社区食堂报名方式", recorded.SupportProvided);
    }

    [Fact]
    [Trait("Clause", "C3.5.2")]
    public async Task A_follow_up_without_findings_or_dated_before_closure_is_refused()
    {
        var s = await app.CaseInServiceAsync();
        await s.CloseThroughApprovalAsync();
        var due = (await s.Worker.FollowUpsAsync(s.Case.Id))[0];

        var empty = await s.Worker.PostAsJsonAsync($"/api/v1/follow-ups/{due.Id}/record", new { doneOn = Today, method = "家访", findings = "" });
        var early = await s.Worker.PostAsJsonAsync($"/api/v1/follow-ups/{due.Id}/record", new { doneOn = Today.AddDays(-1), method = "家访", findings = "情况良好" });

        Assert.True((await empty.ProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("findings", out _));
        Assert.True((await early.ProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("doneOn", out _));
    }

    [Fact]
    [Trait("Clause", "C3.5.2")]
    public async Task An_extra_follow_up_can_be_added_to_a_closed_case()
    {
        var s = await app.CaseInServiceAsync();
        await s.CloseThroughApprovalAsync();

        var response = await s.Worker.PostAsJsonAsync("/api/v1/follow-ups", new { caseId = s.Case.Id, dueOn = Today.AddMonths(6) });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal(3, (await s.Worker.FollowUpsAsync(s.Case.Id)).Count);
    }

    [Fact]
    [Trait("Clause", "C3.5.2")]
    public async Task Reopening_requires_a_reason_and_moves_the_case_back_to_assessment()
    {
        var s = await app.CaseInServiceAsync();
        var notYet = await s.Worker.PostAsJsonAsync($"/api/v1/cases/{s.Case.Id}/reopen", new { reason = "需要重新评估" });
        await notYet.ProblemAsync(HttpStatusCode.BadRequest);
        await s.CloseThroughApprovalAsync();

        var noReason = await s.Worker.PostAsJsonAsync($"/api/v1/cases/{s.Case.Id}/reopen", new { reason = "" });
        Assert.True((await noReason.ProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("reason", out _));
        Assert.Equal(CaseStatus.Closed, (await app.CaseStateAsync(s.Case.Id)).Status);

        await s.Worker.PostAsJsonAsync($"/api/v1/cases/{s.Case.Id}/reopen", new { reason = "回访发现独居老人跌倒后需要照料" }).AssertOkAsync();

        var reopened = await app.CaseStateAsync(s.Case.Id);
        Assert.Equal(CaseStatus.Assessment, reopened.Status);
        Assert.Null(reopened.ClosedOn);
        Assert.Empty(await s.Worker.FollowUpsAsync(s.Case.Id));
    }
}

[Collection(SqliteCollection.Name)] public sealed class FollowUpOnSqlite(SqliteApp app) : FollowUpTests(app);
[Collection(PostgresCollection.Name)] public sealed class FollowUpOnPostgres(PostgresApp app) : FollowUpTests(app);
