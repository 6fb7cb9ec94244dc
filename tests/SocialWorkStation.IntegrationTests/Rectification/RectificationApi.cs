using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SocialWorkStation.IntegrationTests.Attachments;
using SocialWorkStation.IntegrationTests.Infrastructure;
using SocialWorkStation.Modules.Rectification.Contracts;
using SocialWorkStation.Modules.Rectification.Data;
using SocialWorkStation.Modules.Rectification.Domain;
using SocialWorkStation.Modules.Rectification.Features.Actions;
using SocialWorkStation.Modules.Rectification.Features.Tracking;
using SocialWorkStation.Platform.Common;
using SocialWorkStation.Platform.Identity;
using SocialWorkStation.Platform.Stations;

namespace SocialWorkStation.IntegrationTests.Rectification;

/// <summary>A station with a director (raises and closes), a supervisor (verifies) and a social worker (owns actions),
/// each with an API client.</summary>
public sealed record RectificationTeam(Station Station, TestUser Director, TestUser Supervisor, TestUser Worker,
    HttpClient DirectorApi, HttpClient SupervisorApi, HttpClient WorkerApi);

/// <summary>Intent helpers over /api/v1/rectification, so tests read as the rules they prove.</summary>
public static class RectificationApi
{
    public static DateOnly Today => DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(DateTime.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai")));

    public static async Task<RectificationTeam> RectificationTeamAsync(this TestApp app)
    {
        var station = await app.NewStationAsync();
        var director = await app.NewUserAsync(Roles.Director, station);
        var supervisor = await app.NewUserAsync(Roles.Supervisor, station);
        var worker = await app.NewUserAsync(Roles.SocialWorker, station);
        return new RectificationTeam(station, director, supervisor, worker, await app.ClientForAsync(director, station),
            await app.ClientForAsync(supervisor, station), await app.ClientForAsync(worker, station));
    }

    public static object Finding(string title = "服务记录未及时录入", FindingSource source = FindingSource.Inspection,
        DateOnly? dueOn = null, string sourceText = "5月内部督导检查", FindingSeverity severity = FindingSeverity.Major) => new
    {
        source, sourceText, severity, title, description = "抽查 10 个个案，3 个个案近两个月无服务记录", dueOn,
    };

    public static Task<HttpResponseMessage> RaiseAsync(this HttpClient api, object body) =>
        api.PostAsJsonAsync("/api/v1/rectification/findings", body);

    public static async Task<RaisedFinding> RaiseOkAsync(this HttpClient api, object? body = null)
    {
        var response = await api.RaiseAsync(body ?? Finding());
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<RaisedFinding>())!;
    }

    public static async Task<FindingDetail> FindingAsync(this HttpClient api, Guid id)
    {
        var response = await api.GetAsync($"/api/v1/rectification/findings/{id}");
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<FindingDetail>())!;
    }

    public static async Task<Paged<FindingRow>> FindingsAsync(this HttpClient api, string query = "")
    {
        var response = await api.GetAsync($"/api/v1/rectification/findings{query}");
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<Paged<FindingRow>>())!;
    }

    public static Task<HttpResponseMessage> AddActionAsync(this HttpClient api, Guid findingId, Guid ownerId, DateOnly? dueOn = null,
        string description = "建立服务记录周检制度，补录缺失记录") =>
        api.PostAsJsonAsync($"/api/v1/rectification/findings/{findingId}/actions", new { description, ownerId, dueOn = dueOn ?? Today.AddDays(14) });

    public static async Task<AddedAction> AddActionOkAsync(this HttpClient api, Guid findingId, Guid ownerId, DateOnly? dueOn = null)
    {
        var response = await api.AddActionAsync(findingId, ownerId, dueOn);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<AddedAction>())!;
    }

    public static Task<HttpResponseMessage> UploadEvidenceAsync(this HttpClient api, Guid actionId, string fileName = "周检记录.pdf") =>
        api.PostAsync($"/api/v1/attachments/rectification-action/{actionId}", AttachmentKit.Form(AttachmentKit.Pdf, fileName));

    public static async Task<long> ActionVersionAsync(this HttpClient api, Guid findingId, Guid actionId) =>
        (await api.FindingAsync(findingId)).Actions.Single(a => a.Id == actionId).Version;

    public static async Task<HttpResponseMessage> CompleteAsync(this HttpClient api, Guid findingId, Guid actionId,
        string? note = "已建立周检制度并补录 3 个个案的服务记录", long? version = null) =>
        await api.PostAsJsonAsync($"/api/v1/rectification/actions/{actionId}/complete",
            new { note, version = version ?? await api.ActionVersionAsync(findingId, actionId) });

    public static async Task<HttpResponseMessage> VerifyAsync(this HttpClient api, Guid findingId, Guid actionId,
        string? note = "抽查 3 个个案，记录完整", long? version = null) =>
        await api.PostAsJsonAsync($"/api/v1/rectification/actions/{actionId}/verify",
            new { note, version = version ?? await api.ActionVersionAsync(findingId, actionId) });

    public static async Task<HttpResponseMessage> ReturnAsync(this HttpClient api, Guid findingId, Guid actionId, string? reason, long? version = null) =>
        await api.PostAsJsonAsync($"/api/v1/rectification/actions/{actionId}/return",
            new { reason, version = version ?? await api.ActionVersionAsync(findingId, actionId) });

    public static async Task<HttpResponseMessage> CloseAsync(this HttpClient api, Guid findingId, string? conclusion = "全部措施经验证落实到位，同意销号",
        long? version = null) =>
        await api.PostAsJsonAsync($"/api/v1/rectification/findings/{findingId}/close",
            new { conclusion, version = version ?? (await api.FindingAsync(findingId)).Version });

    /// <summary>A finding with one action owned by the team's worker, evidence uploaded and reported done.</summary>
    public static async Task<(Guid FindingId, Guid ActionId)> CompletedActionAsync(this RectificationTeam team)
    {
        var finding = await team.DirectorApi.RaiseOkAsync();
        var action = await team.DirectorApi.AddActionOkAsync(finding.Id, team.Worker.Id);
        Assert.Equal(HttpStatusCode.OK, (await team.WorkerApi.UploadEvidenceAsync(action.Id)).StatusCode);
        var completed = await team.WorkerApi.CompleteAsync(finding.Id, action.Id);
        Assert.True(completed.StatusCode == HttpStatusCode.NoContent, await completed.Content.ReadAsStringAsync());
        return (finding.Id, action.Id);
    }

    /// <summary>Arrangement only: moves an action's deadline (the API refuses deadlines in the past).</summary>
    internal static async Task SetActionDueAsync(this TestApp app, Guid actionId, DateOnly dueOn)
    {
        await using var scope = app.SystemScope();
        var db = scope.ServiceProvider.GetRequiredService<RectificationDb>();
        var action = await db.Actions.SingleAsync(a => a.Id == actionId);
        action.DueOn = dueOn;
        await db.SaveChangesAsync();
    }

    /// <summary>The contract as another module sees it, in a scope acting as the user in the station.</summary>
    public static async Task<T> AsModuleAsync<T>(this TestApp app, TestUser user, Station station, Func<IRectification, Task<T>> call)
    {
        await using var scope = await app.UserScopeAsync(user, station);
        return await call(scope.ServiceProvider.GetRequiredService<IRectification>());
    }

    internal static ActionView Action(this FindingDetail finding, Guid actionId) => finding.Actions.Single(a => a.Id == actionId);

    internal static ActionStatus StatusOf(this FindingDetail finding, Guid actionId) => finding.Action(actionId).Status;
}
