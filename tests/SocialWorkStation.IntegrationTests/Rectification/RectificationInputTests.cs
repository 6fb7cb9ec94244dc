using System.Net;
using System.Text;
using System.Text.Json;
using SocialWorkStation.IntegrationTests.Approvals;
using SocialWorkStation.IntegrationTests.Infrastructure;

namespace SocialWorkStation.IntegrationTests.Rectification;

/// <summary>Bad input is a 400 that names the field in Chinese, never a 500.</summary>
public abstract class RectificationInputTests(TestApp app)
{
    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    private static async Task<JsonElement> ErrorsAsync(HttpResponseMessage response) =>
        (await response.ProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors");

    [Fact]
    public async Task An_empty_finding_names_every_missing_field_in_chinese()
    {
        var team = await app.RectificationTeamAsync();
        var errors = await ErrorsAsync(await team.DirectorApi.PostAsync("/api/v1/rectification/findings", Json("{}")));

        foreach (var field in new[] { "source", "sourceText", "severity", "title", "description" })
            Assert.True(errors.TryGetProperty(field, out _), field);
        Assert.Equal("请填写问题标题。", errors.GetProperty("title")[0].GetString());
    }

    [Theory]
    [InlineData("""{"source":"NoSuchSource"}""", "source")]
    [InlineData("""{"source":99}""", "source")]
    [InlineData("""{"severity":"Catastrophic"}""", "severity")]
    [InlineData("""{"sourceLink":"https://example.com/x"}""", "sourceLink")]
    [InlineData("""{"sourceLink":"//example.com/x"}""", "sourceLink")]
    [InlineData("""{"sourceLink":"javascript:alert(1)"}""", "sourceLink")]
    [InlineData("""{"sourceModule":"Finance Module"}""", "sourceModule")]
    [InlineData("""{"title":null}""", "title")]
    [InlineData("""{"dueOn":"2026-13-45"}""", "dueOn")]
    [InlineData("""{"dueOn":"2000-01-01"}""", "dueOn")]
    [InlineData("""{"sourceModule":"finance"}""", "sourceRecordId")]
    public async Task A_wrong_field_of_a_finding_is_named(string patch, string field)
    {
        var team = await app.RectificationTeamAsync();
        var body = JsonSerializer.SerializeToNode(RectificationApi.Finding())!.AsObject();
        foreach (var (key, value) in JsonDocument.Parse(patch).RootElement.EnumerateObject().Select(p => (p.Name, p.Value)))
            body[key] = System.Text.Json.Nodes.JsonNode.Parse(value.GetRawText());

        var errors = await ErrorsAsync(await team.DirectorApi.PostAsync("/api/v1/rectification/findings", Json(body.ToJsonString())));
        Assert.True(errors.TryGetProperty(field, out _), errors.ToString());
    }

    [Theory]
    [InlineData("null")]
    [InlineData("[null]")]
    [InlineData("""{"description":null,"ownerId":null,"dueOn":null}""")]
    [InlineData("""{"description":"措施","ownerId":"not-a-guid","dueOn":"2030-01-01"}""")]
    [InlineData("""{"description":["a",null],"ownerId":null}""")]
    public async Task A_broken_action_is_a_400(string json)
    {
        var team = await app.RectificationTeamAsync();
        var finding = await team.DirectorApi.RaiseOkAsync();
        var response = await team.DirectorApi.PostAsync($"/api/v1/rectification/findings/{finding.Id}/actions", Json(json));
        await response.ProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Completion_verification_and_closing_need_their_text()
    {
        var team = await app.RectificationTeamAsync();
        var finding = await team.DirectorApi.RaiseOkAsync();
        var action = await team.DirectorApi.AddActionOkAsync(finding.Id, team.Worker.Id);

        var note = await ErrorsAsync(await team.WorkerApi.PostAsync($"/api/v1/rectification/actions/{action.Id}/complete", Json("""{"note":null,"version":0}""")));
        Assert.Equal("请填写整改完成情况。", note.GetProperty("note")[0].GetString());
        var reason = await ErrorsAsync(await team.SupervisorApi.PostAsync($"/api/v1/rectification/actions/{action.Id}/return", Json("""{"reason":"   ","version":0}""")));
        Assert.True(reason.TryGetProperty("reason", out _));
        var conclusion = await ErrorsAsync(await team.DirectorApi.PostAsync($"/api/v1/rectification/findings/{finding.Id}/close", Json("""{"version":"x"}""")));
        Assert.True(conclusion.TryGetProperty("version", out _));
        var longNote = await ErrorsAsync(await team.SupervisorApi.PostAsync($"/api/v1/rectification/actions/{action.Id}/verify",
            Json(JsonSerializer.Serialize(new { note = new string('长', 501), version = 0 }))));
        Assert.True(longNote.TryGetProperty("note", out _));
    }

    [Theory]
    [InlineData("?status=Nope")]
    [InlineData("?source=12")]
    [InlineData("?pageSize=1000")]
    [InlineData("?stationId=not-a-guid")]
    public async Task A_wrong_list_filter_is_a_400(string query)
    {
        var team = await app.RectificationTeamAsync();
        var response = await team.DirectorApi.GetAsync($"/api/v1/rectification/findings{query}");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}

[Collection(SqliteCollection.Name)] public sealed class RectificationInputOnSqlite(SqliteApp app) : RectificationInputTests(app);
[Collection(PostgresCollection.Name)] public sealed class RectificationInputOnPostgres(PostgresApp app) : RectificationInputTests(app);
