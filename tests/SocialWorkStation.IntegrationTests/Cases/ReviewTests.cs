using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SocialWorkStation.IntegrationTests.Approvals;
using SocialWorkStation.IntegrationTests.Infrastructure;
using SocialWorkStation.Modules.Cases.Data;
using SocialWorkStation.Modules.Cases.Domain;
using SocialWorkStation.Modules.Cases.Features.Delivery;
using static SocialWorkStation.IntegrationTests.Cases.ServiceDeliveryApi;

namespace SocialWorkStation.IntegrationTests.Cases;

public abstract class ReviewTests(TestApp app)
{
    private static object Review(ServicePlan plan, string decision, string? reason = null, int attainment = 60) => new
    {
        reviewedOn = Today, summary = "外出次数增加，但仍需家属配合", decision, revisionReason = reason,
        scores = plan.Goals.Select(g => new { goalId = g.Id, attainment, note = "每周外出一到两次" }).ToArray(),
    };

    [Fact]
    [Trait("Clause", "C3.3.3")]
    public async Task A_review_scoring_each_goal_with_decision_revise_plan_creates_draft_version_2()
    {
        var s = await app.CaseInServiceAsync();

        var response = await s.Worker.PostAsJsonAsync($"/api/v1/cases/{s.Case.Id}/reviews", Review(s.Plan, "RevisePlan", "家属无法每周陪同，调整外出目标"));

        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var recorded = (await response.Content.ReadFromJsonAsync<ReviewRecorded>())!;
        Assert.NotNull(recorded.DraftPlanId);
        await using (var scope = app.SystemScope())
        {
            var draft = await scope.ServiceProvider.GetRequiredService<CasesDb>().ServicePlans.AsNoTracking().SingleAsync(p => p.Id == recorded.DraftPlanId);
            Assert.Equal(2, draft.VersionNo);
            Assert.Equal(PlanStatus.Draft, draft.Status);
            Assert.Equal("家属无法每周陪同，调整外出目标", draft.RevisionReason);
        }
        Assert.Equal(Today.AddDays(90), recorded.NextReviewDue);
        var listed = Assert.Single((await s.Worker.GetFromJsonAsync<List<ReviewDto>>($"/api/v1/cases/{s.Case.Id}/reviews"))!);
        Assert.Equal(ReviewDecision.RevisePlan, listed.Decision);
        Assert.Equal(60, Assert.Single(listed.Scores).Attainment);
        Assert.Equal("每周至少两次外出活动", listed.Scores[0].Goal);

        // A second revision while the first is still a draft would fork the plan.
        var again = await s.Worker.PostAsJsonAsync($"/api/v1/cases/{s.Case.Id}/reviews", Review(s.Plan, "RevisePlan", "再次修订"));
        await again.ProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    [Trait("Clause", "C3.3.3")]
    public async Task A_review_must_score_every_goal_of_the_approved_plan_and_give_a_reason_to_revise()
    {
        var s = await app.CaseInServiceAsync();
        var unscored = new { reviewedOn = Today, summary = "小结", decision = "Continue", scores = Array.Empty<object>() };
        var foreign = new { reviewedOn = Today, summary = "小结", decision = "Continue", scores = new[] { new { goalId = Guid.NewGuid(), attainment = 50 } } };

        var missing = await (await s.Worker.PostAsJsonAsync($"/api/v1/cases/{s.Case.Id}/reviews", unscored)).ProblemAsync(HttpStatusCode.BadRequest);
        var wrongGoal = await (await s.Worker.PostAsJsonAsync($"/api/v1/cases/{s.Case.Id}/reviews", foreign)).ProblemAsync(HttpStatusCode.BadRequest);
        var noReason = await (await s.Worker.PostAsJsonAsync($"/api/v1/cases/{s.Case.Id}/reviews", Review(s.Plan, "RevisePlan"))).ProblemAsync(HttpStatusCode.BadRequest);
        var over = await (await s.Worker.PostAsJsonAsync($"/api/v1/cases/{s.Case.Id}/reviews", Review(s.Plan, "Continue", attainment: 120))).ProblemAsync(HttpStatusCode.BadRequest);

        Assert.True(missing.GetProperty("errors").TryGetProperty("scores", out _));
        Assert.True(wrongGoal.GetProperty("errors").TryGetProperty("scores", out _));
        Assert.True(noReason.GetProperty("errors").TryGetProperty("revisionReason", out _));
        Assert.True(over.GetProperty("errors").TryGetProperty("scores", out _));
        Assert.Empty((await s.Worker.GetFromJsonAsync<List<ReviewDto>>($"/api/v1/cases/{s.Case.Id}/reviews"))!);
    }

    [Fact]
    [Trait("Clause", "C3.3.3")]
    public async Task A_continue_review_schedules_the_next_review_without_touching_the_plan()
    {
        var s = await app.CaseInServiceAsync();

        var response = await s.Worker.PostAsJsonAsync($"/api/v1/cases/{s.Case.Id}/reviews", Review(s.Plan, "Continue", attainment: 80));

        var recorded = (await response.Content.ReadFromJsonAsync<ReviewRecorded>())!;
        Assert.Null(recorded.DraftPlanId);
        Assert.Equal(Today.AddDays(90), (await app.CaseStateAsync(s.Case.Id)).NextReviewDue);
    }
}

[Collection(SqliteCollection.Name)] public sealed class ReviewOnSqlite(SqliteApp app) : ReviewTests(app);
[Collection(PostgresCollection.Name)] public sealed class ReviewOnPostgres(PostgresApp app) : ReviewTests(app);
