using System.Globalization;
using System.Net;
using System.Text;
using SocialWorkStation.IntegrationTests.Infrastructure;
using SocialWorkStation.Platform.Identity;

namespace SocialWorkStation.IntegrationTests.Approvals;

public abstract class ApprovalInputTests(TestApp app)
{
    [Theory]
    [InlineData("{\"title\":\"标题\",\"summary\":\"说明\"", "body")] // unterminated object
    [InlineData("""not json""", "body")]
    [InlineData("""{"title":123,"summary":"说明"}""", "title")]
    [InlineData("""{"title":"标题","summary":"说明","amount":"一千"}""", "amount")]
    [InlineData("""{"title":"标题","summary":"说明","amount":true}""", "amount")]
    [InlineData("""{"summary":"说明"}""", "title")]
    [InlineData("""{"title":"标题"}""", "summary")]
    [InlineData("""{"title":null,"summary":"说明"}""", "title")]
    [InlineData("""{"title":"标题","summary":"说明","amount":12.345}""", "amount")]
    [InlineData("""{"title":"标题","summary":"说明","amount":-1}""", "amount")]
    [InlineData("""{"title":"标题","summary":"说明","amount":100000000}""", "amount")]
    [InlineData("""{"title":"标题","summary":"说明","amount":1e40}""", "amount")]
    public async Task Malformed_request_is_a_400_naming_the_field(string body, string field)
    {
        var client = await NewWorkerAsync();
        var response = await client.PostAsync("/api/v1/approvals", new StringContent(body, Encoding.UTF8, "application/json"));
        var problem = await response.ProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
    }

    [Fact]
    public async Task Oversized_fields_are_a_400_naming_each_field()
    {
        var client = await NewWorkerAsync();
        var body = System.Text.Json.JsonSerializer.Serialize(new { title = new string('题', 201), summary = new string('说', 2001) });
        var response = await client.PostAsync("/api/v1/approvals", new StringContent(body, Encoding.UTF8, "application/json"));
        var errors = (await response.ProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors");
        Assert.Contains("最长 200", errors.GetProperty("title")[0].GetString());
        Assert.Contains("最长 2000", errors.GetProperty("summary")[0].GetString());
    }

    [Fact]
    public async Task Over_long_comment_on_a_decision_is_a_400_not_a_database_error()
    {
        var (_, worker, director, _, _) = await app.StationWithWorkerAndDirectorAsync();
        var id = await worker.SubmitAsync();
        var response = await director.ApproveAsync(id, new string('意', 1001));
        Assert.True((await response.ProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("comment", out _));
        var wrongType = await director.PostAsync($"/api/v1/approvals/{id}/approve", new StringContent("""{"comment":42}""", Encoding.UTF8, "application/json"));
        Assert.True((await wrongType.ProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("comment", out _));
    }

    [Fact]
    public async Task Decisions_accept_an_empty_body()
    {
        var (_, worker, director, _, _) = await app.StationWithWorkerAndDirectorAsync();
        var id = await worker.SubmitAsync();
        var response = await director.PostAsync($"/api/v1/approvals/{id}/approve", null);
        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
    }

    [Fact]
    public async Task Unknown_request_id_is_404_and_a_malformed_id_never_reaches_a_handler()
    {
        var client = await NewWorkerAsync();
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/v1/approvals/{Guid.NewGuid()}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/v1/approvals/not-a-guid")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync("/api/v1/approvals/mine?page=abc")).StatusCode);
    }

    [Fact]
    public async Task Twenty_concurrent_requests_in_one_station_get_twenty_consecutive_numbers()
    {
        var (_, worker, _, _, _) = await app.StationWithWorkerAndDirectorAsync();
        var ids = await Task.WhenAll(Enumerable.Range(1, 20).Select(i => worker.SubmitAsync($"并发申请{i}")));
        var numbers = (await Task.WhenAll(ids.Select(worker.DetailAsync))).Select(d => d.Number).Order(StringComparer.Ordinal).ToList();

        var year = TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai")).Year;
        Assert.Equal(Enumerable.Range(1, 20).Select(n => $"SQ-{year}-{n.ToString("0000", CultureInfo.InvariantCulture)}"), numbers);
    }

    private async Task<HttpClient> NewWorkerAsync() =>
        await app.ClientForAsync(await app.NewUserAsync(Roles.SocialWorker, await app.NewStationAsync()));
}

[Collection(SqliteCollection.Name)] public sealed class ApprovalInputOnSqlite(SqliteApp app) : ApprovalInputTests(app);
[Collection(PostgresCollection.Name)] public sealed class ApprovalInputOnPostgres(PostgresApp app) : ApprovalInputTests(app);
