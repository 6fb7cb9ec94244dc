using System.Net;
using System.Net.Http.Json;
using SocialWorkStation.IntegrationTests.Approvals;
using SocialWorkStation.IntegrationTests.Infrastructure;
using SocialWorkStation.Modules.Cases.Domain;
using SocialWorkStation.Modules.Cases.Features.Assessments;

namespace SocialWorkStation.IntegrationTests.Cases;

public abstract class AssessmentTemplateTests(TestApp app)
{
    private static object Question(string key, QuestionKind kind, object[]? options = null, int? scaleMin = null, int? scaleMax = null) =>
        new { key, text = "问题" + key, kind, required = true, options, scaleMin, scaleMax };

    private static object Template(bool scored = false, params object[] questions) =>
        new { name = "测试模板", scored, isActive = true, sections = questions.Length == 0 ? [] : new[] { new { title = "部分一", questions } } };

    private static readonly object[] TwoOptions = [new { text = "是", score = 1 }, new { text = "否", score = 0 }];

    [Fact]
    public async Task A_station_without_templates_gets_the_built_in_general_assessment_form()
    {
        var team = await app.CaseTeamAsync();
        var list = await team.WorkerApi.GetFromJsonAsync<List<TemplateSummary>>("/api/v1/assessment-templates");
        var general = Assert.Single(list!);
        Assert.Equal("通用需求评估表", general.Name);
        var detail = await team.WorkerApi.GetFromJsonAsync<TemplateDetail>($"/api/v1/assessment-templates/{general.Id}");
        Assert.Equal(["基本生活", "健康状况", "社会支持", "心理情绪", "经济状况"], detail!.Sections.Select(s => s.Title));
        Assert.Single(await team.WorkerApi.GetFromJsonAsync<List<TemplateSummary>>("/api/v1/assessment-templates") ?? []);
    }

    [Theory]
    [InlineData("no-sections")]
    [InlineData("duplicate-key")]
    [InlineData("one-option")]
    [InlineData("scale-range")]
    [InlineData("scored-without-scores")]
    public async Task An_unusable_template_is_refused(string defect)
    {
        var team = await app.CaseTeamAsync();
        var body = defect switch
        {
            "no-sections" => Template(),
            "duplicate-key" => Template(false, Question("a", QuestionKind.Text), Question("a", QuestionKind.Text)),
            "one-option" => Template(false, Question("a", QuestionKind.SingleChoice, [new { text = "是", score = 0 }])),
            "scale-range" => Template(false, Question("a", QuestionKind.Scale, scaleMin: 5, scaleMax: 5)),
            _ => Template(true, Question("a", QuestionKind.SingleChoice, [new { text = "是" }, new { text = "否" }])),
        };
        await (await team.SupervisorApi.PostAsJsonAsync("/api/v1/assessment-templates", body)).ProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task A_template_is_edited_with_its_version_and_a_deactivated_one_cannot_be_used()
    {
        var team = await app.CaseTeamAsync();
        var created = await team.SupervisorApi.PostAsJsonAsync("/api/v1/assessment-templates",
            Template(true, Question("a", QuestionKind.SingleChoice, TwoOptions)));
        var template = (await created.Content.ReadFromJsonAsync<TemplateDetail>())!;

        var edit = new
        {
            name = "测试模板（修订）", scored = true, isActive = false, version = template.Version,
            sections = new[] { new { title = "部分一", questions = new[] { Question("a", QuestionKind.SingleChoice, TwoOptions) } } },
        };
        await team.SupervisorApi.PutAsJsonAsync($"/api/v1/assessment-templates/{template.Id}", edit).AssertOkAsync();
        var staleEdit = new { name = "另一人的名称", edit.scored, edit.isActive, edit.version, edit.sections };
        var stale = await (await team.SupervisorApi.PutAsJsonAsync($"/api/v1/assessment-templates/{template.Id}", staleEdit)).ProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("测试模板（修订）", stale.GetProperty("current").GetProperty("name")[0].GetString());

        var active = await team.WorkerApi.GetFromJsonAsync<List<TemplateSummary>>("/api/v1/assessment-templates?activeOnly=true");
        Assert.DoesNotContain(active!, t => t.Id == template.Id);
        var opened = await team.WorkerApi.OpenCaseOkAsync((await app.ClientAsync(team.Station, team.Worker)).Id);
        await team.SupervisorApi.DecideIntakeAsync(opened.Id, true, "同意").AssertOkAsync();
        var problem = await (await team.WorkerApi.AssessAsync(opened.Id, IntakeApi.Assessment(templateId: template.Id, answers: [IntakeApi.Answer("a", "是")])))
            .ProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("templateId", out _));
    }

    [Fact]
    public async Task Only_template_managers_may_write_templates()
    {
        var team = await app.CaseTeamAsync();
        var response = await team.WorkerApi.PostAsJsonAsync("/api/v1/assessment-templates", Template(false, Question("a", QuestionKind.Text)));
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}

[Collection(SqliteCollection.Name)] public sealed class AssessmentTemplateOnSqlite(SqliteApp app) : AssessmentTemplateTests(app);
[Collection(PostgresCollection.Name)] public sealed class AssessmentTemplateOnPostgres(PostgresApp app) : AssessmentTemplateTests(app);
