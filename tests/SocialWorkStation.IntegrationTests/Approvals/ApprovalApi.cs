using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using SocialWorkStation.IntegrationTests.Infrastructure;
using SocialWorkStation.Platform.Identity;
using SocialWorkStation.Platform.Stations;
using SocialWorkStation.Modules.Administration.Features.Approvals.Decisions;
using SocialWorkStation.Modules.Administration.Features.Approvals.Requests;

namespace SocialWorkStation.IntegrationTests.Approvals;

/// <summary>Intent helpers over /api/v1/approvals and /api/v1/approval-flows, so tests read as the rules they prove.</summary>
public static class ApprovalApi
{
    public static async Task<Guid> SubmitAsync(this HttpClient client, string title = "购买活动物资", decimal? amount = null)
    {
        var response = await client.PostAsJsonAsync("/api/v1/approvals", new { title, summary = "为社区活动购买物资", amount });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<SubmittedApproval>())!.Id;
    }

    public static async Task<ApprovalDetail> DetailAsync(this HttpClient client, Guid id)
    {
        var response = await client.GetAsync($"/api/v1/approvals/{id}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<ApprovalDetail>())!;
    }

    public static async Task<InboxResponse> InboxAsync(this HttpClient client) =>
        (await client.GetFromJsonAsync<InboxResponse>("/api/v1/approvals/inbox"))!;

    public static Task<HttpResponseMessage> ApproveAsync(this HttpClient client, Guid id, string? comment = null) =>
        client.PostAsJsonAsync($"/api/v1/approvals/{id}/approve", new { comment });

    public static Task<HttpResponseMessage> ReturnAsync(this HttpClient client, Guid id, string? reason) =>
        client.PostAsJsonAsync($"/api/v1/approvals/{id}/reject", new { reason });

    public static Task<HttpResponseMessage> ResubmitAsync(this HttpClient client, Guid id, string? comment = null) =>
        client.PostAsJsonAsync($"/api/v1/approvals/{id}/resubmit", new { comment });

    public static Task<HttpResponseMessage> WithdrawAsync(this HttpClient client, Guid id, string? comment = null) =>
        client.PostAsJsonAsync($"/api/v1/approvals/{id}/withdraw", new { comment });

    public static Task<HttpResponseMessage> PutFlowAsync(this HttpClient client, string subjectType, params object[] steps) =>
        client.PutAsJsonAsync($"/api/v1/approval-flows/{subjectType}", new { name = "本站流程", steps });

    public static object Step(string name, string? role = null, string? permission = null, decimal? minAmount = null, bool requireAll = false) =>
        new { name, role, permission, minAmount, requireAll };

    /// <summary>Asserts a ProblemDetails answer with the status and returns its body (title, errors).</summary>
    public static async Task<JsonElement> ProblemAsync(this HttpResponseMessage response, HttpStatusCode status)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"expected {(int)status}, got {(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    public static async Task AssertOkAsync(this Task<HttpResponseMessage> call)
    {
        var response = await call;
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
    }

    /// <summary>A station with a worker (requester) and a director (the default flow's approver), both signed in.</summary>
    public static async Task<(Station Station, HttpClient Worker, HttpClient Director, TestUser WorkerUser, TestUser DirectorUser)>
        StationWithWorkerAndDirectorAsync(this TestApp app)
    {
        var station = await app.NewStationAsync();
        var worker = await app.NewUserAsync(Roles.SocialWorker, station);
        var director = await app.NewUserAsync(Roles.Director, station);
        return (station, await app.ClientForAsync(worker), await app.ClientForAsync(director), worker, director);
    }
}
