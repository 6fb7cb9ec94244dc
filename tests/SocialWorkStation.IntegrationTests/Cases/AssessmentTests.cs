using System.Net;
using System.Net.Http.Json;
using SocialWorkStation.IntegrationTests.Approvals;
using SocialWorkStation.IntegrationTests.Infrastructure;
using SocialWorkStation.Modules.Cases.Domain;
using SocialWorkStation.Modules.Cases.Features.Assessments;
using static SocialWorkStation.IntegrationTests.Cases.IntakeApi;

namespace SocialWorkStation.IntegrationTests.Cases;

public abstract class AssessmentTests(TestApp app)
{
    private async Task<(CaseTeam Team, Guid CaseId)> AcceptedCaseAsync()
    {
        var team = await app.CaseTeamAsync();
        var opened = await team.WorkerApi.OpenCaseOkAsync((await app.ClientAsync(team.Station, team.Worker)).Id, team.Supervisor.Id);
        await team.SupervisorApi.DecideIntakeAsync(opened.Id, true, "同意接案").AssertOkAsync();
        return (team, opened.Id);
    }

    /// <summary>A scored template: one single choice (0/1/2), one multiple choice, one 1–5 scale, one optional text.</summary>
    private static async Task<Guid> ScoredTemplateAsync(HttpClient api)
    {
        var response = await api.PostAsJsonAsync("/api/v1/assessment-templates", new
        {
            name = "老年人能力评估", scored = true, isActive = true,
            sections = new[]
            {
                new
                {
                    title = "日常生活",
                    questions = new object[]
                    {
                        new { key = "selfcare", text = "自理能力", kind = QuestionKind.SingleChoice, required = true,
                              options = new[] { new { text = "完全自理", score = 0 }, new { text = "部分自理", score = 1 }, new { text = "不能自理", score = 2 } } },
                        new { key = "help", text = "需要帮助的事项", kind = QuestionKind.MultipleChoice, required = false,
                              options = new[] { new { text = "做饭", score = 1 }, new { text = "清洁", score = 1 }, new { text = "就医", score = 2 } } },
                        new { key = "mood", text = "情绪", kind = QuestionKind.Scale, required = true, scaleMin = 1, scaleMax = 5 },
                        new { key = "notes", text = "其他情况", kind = QuestionKind.Text, required = false },
                    },
                },
            },
        });
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<TemplateDetail>())!.Id;
    }

    [Fact]
    [Trait("Clause", "C3.1.1")]
    public async Task An_assessment_without_any_method_is_refused()
    {
        var (team, caseId) = await AcceptedCaseAsync();
        var problem = await (await team.WorkerApi.AssessAsync(caseId, Assessment(methods: AssessmentMethods.None))).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("methods", out _));
        Assert.Empty(await team.WorkerApi.AssessmentsAsync(caseId));
    }

    [Fact]
    [Trait("Clause", "C3.1.2")]
    public async Task Needs_and_a_risk_level_are_recorded_and_the_case_moves_to_planning()
    {
        var (team, caseId) = await AcceptedCaseAsync();
        await team.WorkerApi.AssessAsync(caseId, Assessment(risk: RiskLevel.High)).AssertOkAsync();

        var header = await team.WorkerApi.CaseAsync(caseId);
        Assert.Equal(CaseStatus.Planning, header.Status);
        Assert.Equal(RiskLevel.High, header.RiskLevel);
        var recorded = Assert.Single(await team.WorkerApi.AssessmentsAsync(caseId));
        Assert.Equal(["生活照料", "情绪支持"], recorded.Needs.Select(n => n.Description));
        Assert.Equal(AssessmentMethods.Interview | AssessmentMethods.FieldObservation, recorded.Methods);
        var report = await team.SupervisorApi.GetFromJsonAsync<AssessmentReport>($"/api/v1/assessments/{recorded.Id}");
        Assert.Contains("居家养老", report!.Report);
    }

    [Fact]
    [Trait("Clause", "C3.1.2")]
    public async Task An_assessment_without_needs_or_report_is_refused()
    {
        var (team, caseId) = await AcceptedCaseAsync();
        var noNeeds = await (await team.WorkerApi.AssessAsync(caseId, Assessment(needs: []))).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(noNeeds.GetProperty("errors").TryGetProperty("needs", out _));
        var badPriority = await (await team.WorkerApi.AssessAsync(caseId, Assessment(needs: [new { description = "生活照料", priority = 7 }])))
            .ProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(badPriority.GetProperty("errors").TryGetProperty("needs[0].priority", out _));
        Assert.Equal(CaseStatus.Assessment, (await team.WorkerApi.CaseAsync(caseId)).Status);
    }

    [Fact]
    [Trait("Clause", "C3.1.1")]
    public async Task A_case_still_in_intake_cannot_be_assessed()
    {
        var team = await app.CaseTeamAsync();
        var opened = await team.WorkerApi.OpenCaseOkAsync((await app.ClientAsync(team.Station, team.Worker)).Id);
        await (await team.WorkerApi.AssessAsync(opened.Id, Assessment())).ProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Answers_are_validated_against_the_template_and_scored()
    {
        var (team, caseId) = await AcceptedCaseAsync();
        var template = await ScoredTemplateAsync(team.SupervisorApi);

        async Task RefusedAsync(params object[] answers) =>
            await (await team.WorkerApi.AssessAsync(caseId, Assessment(templateId: template, answers: answers))).ProblemAsync(HttpStatusCode.BadRequest);
        await RefusedAsync(Answer("mood", "3")); // required selfcare missing
        await RefusedAsync(Answer("selfcare", "卧床"), Answer("mood", "3")); // not an option
        await RefusedAsync(Answer("selfcare", "完全自理", "部分自理"), Answer("mood", "3")); // two answers to a single choice
        await RefusedAsync(Answer("selfcare", "完全自理"), Answer("mood", "9")); // outside the scale
        await RefusedAsync(Answer("selfcare", "完全自理"), Answer("mood", "3"), Answer("nosuch", "x")); // unknown question
        Assert.Empty(await team.WorkerApi.AssessmentsAsync(caseId));

        await team.WorkerApi.AssessAsync(caseId, Assessment(templateId: template,
            answers: [Answer("selfcare", "部分自理"), Answer("help", "做饭", "就医"), Answer("mood", "2"), Answer("notes", "子女在外地")])).AssertOkAsync();
        var recorded = Assert.Single(await team.WorkerApi.AssessmentsAsync(caseId));
        Assert.Equal(1 + 3 + 2, recorded.TotalScore);
        var report = await team.WorkerApi.GetFromJsonAsync<AssessmentReport>($"/api/v1/assessments/{recorded.Id}");
        Assert.Equal("需要帮助的事项", report!.Answers.Single(a => a.QuestionKey == "help").QuestionText);
        Assert.Equal("老年人能力评估", report.TemplateName);
    }

    [Fact]
    public async Task A_reassessment_is_allowed_after_planning_has_started_and_updates_the_risk()
    {
        var (team, caseId) = await AcceptedCaseAsync();
        await team.WorkerApi.AssessAsync(caseId, Assessment(risk: RiskLevel.High)).AssertOkAsync();
        await team.WorkerApi.AssessAsync(caseId, Assessment(risk: RiskLevel.Low)).AssertOkAsync();
        var header = await team.WorkerApi.CaseAsync(caseId);
        Assert.Equal(RiskLevel.Low, header.RiskLevel);
        Assert.Equal(CaseStatus.Planning, header.Status);
        Assert.Equal(2, header.AssessmentCount);
    }
}

[Collection(SqliteCollection.Name)] public sealed class AssessmentOnSqlite(SqliteApp app) : AssessmentTests(app);
[Collection(PostgresCollection.Name)] public sealed class AssessmentOnPostgres(PostgresApp app) : AssessmentTests(app);
