using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SocialWorkStation.IntegrationTests.Infrastructure;
using SocialWorkStation.Modules.Cases.Data;
using SocialWorkStation.Modules.Cases.Domain;
using SocialWorkStation.Modules.Cases.Features.Closure;
using SocialWorkStation.Modules.Cases.Features.Delivery;
using SocialWorkStation.Platform.Common;
using SocialWorkStation.Platform.Identity;
using SocialWorkStation.Platform.Stations;

namespace SocialWorkStation.IntegrationTests.Cases;

/// <summary>A station with a worker and the case's supervisor, signed in, and a case in service under an approved plan.</summary>
internal sealed record CaseInService(
    Station Station, TestUser WorkerUser, HttpClient Worker, TestUser SupervisorUser, HttpClient Supervisor,
    Client Client, Case Case, ServicePlan Plan);

/// <summary>Intent helpers over the delivery routes, so the tests read as the rules they prove.</summary>
internal static class ServiceDeliveryApi
{
    public static DateOnly Today => DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(DateTime.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai")));

    public static async Task<CaseInService> CaseInServiceAsync(this TestApp app, bool approvedPlan = true)
    {
        var station = await app.NewStationAsync();
        var worker = await app.NewUserAsync(Roles.SocialWorker, station);
        var supervisor = await app.NewUserAsync(Roles.Supervisor, station);
        var client = await app.ClientAsync(station, worker);
        var item = await app.CaseAsync(station, client, worker, approvedPlan ? CaseStatus.Assessment : CaseStatus.Planning, supervisor);
        var plan = approvedPlan ? await app.ApprovedPlanAsync(item, worker) : null;
        return new CaseInService(station, worker, await app.ClientForAsync(worker, station), supervisor,
            await app.ClientForAsync(supervisor, station), client, item, plan!);
    }

    public static object Service(string content = "上门探访，协助整理药品并讲解服药时间", bool sensitive = false, DateOnly? on = null, int minutes = 60) => new
    {
        serviceDate = on ?? Today, durationMinutes = minutes, type = "HomeVisit", place = "服务对象家中", content,
        clientFeedback = "老人表示药品整理后安心多了", effect = "能按时服药", nextSteps = "下周电访确认服药情况", isSensitive = sensitive,
    };

    public static Task<HttpResponseMessage> RecordServiceAsync(this HttpClient client, Guid caseId, object? body = null) =>
        client.PostAsJsonAsync($"/api/v1/cases/{caseId}/services", body ?? Service());

    public static async Task<ServiceRecordDto> RecordServiceOkAsync(this HttpClient client, Guid caseId, object? body = null)
    {
        var response = await client.RecordServiceAsync(caseId, body);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<ServiceRecordDto>())!;
    }

    public static async Task<Paged<ServiceRecordDto>> ServicesAsync(this HttpClient client, Guid caseId)
    {
        var response = await client.GetAsync($"/api/v1/cases/{caseId}/services");
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<Paged<ServiceRecordDto>>())!;
    }

    public static object Closure(string reason = "GoalsAchieved", string? clientEvaluation = "对服务很满意，感谢社工") => new
    {
        reason, reasonDetail = (string?)null, summary = "三个月内完成药品管理与外出活动支持，服务对象生活恢复规律",
        goalAttainment = "每周外出两次的目标已达成（评分 90）", clientEvaluation, lessons = "老年个案宜尽早链接邻里互助资源",
    };

    public static async Task<ClosureDto> RequestClosureOkAsync(this HttpClient client, Guid caseId, object? body = null)
    {
        var response = await client.PostAsJsonAsync($"/api/v1/cases/{caseId}/closure", body ?? Closure());
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<ClosureDto>())!;
    }

    public static async Task<ClosureDto> ClosureAsync(this HttpClient client, Guid caseId)
    {
        var response = await client.GetAsync($"/api/v1/cases/{caseId}/closure");
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<ClosureDto>())!;
    }

    public static async Task<List<FollowUpDto>> FollowUpsAsync(this HttpClient client, Guid caseId)
    {
        var response = await client.GetAsync($"/api/v1/cases/{caseId}/follow-ups");
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<List<FollowUpDto>>())!;
    }

    /// <summary>Closure requested by the worker and approved by the case's supervisor (the only way a case closes).</summary>
    public static async Task<ClosureDto> CloseThroughApprovalAsync(this CaseInService s)
    {
        var closure = await s.Worker.RequestClosureOkAsync(s.Case.Id);
        var approve = await s.Supervisor.PostAsJsonAsync($"/api/v1/approvals/{closure.ApprovalRequestId}/approve", new { comment = "同意结案" });
        Assert.True(approve.IsSuccessStatusCode, await approve.Content.ReadAsStringAsync());
        return closure;
    }

    /// <summary>Reads the case row directly (its own page belongs to another area) to check the stage a step left it in.</summary>
    public static async Task<Case> CaseStateAsync(this TestApp app, Guid caseId)
    {
        await using var scope = app.SystemScope();
        return await scope.ServiceProvider.GetRequiredService<CasesDb>().Cases.AsNoTracking().SingleAsync(c => c.Id == caseId);
    }

    public static async Task ArrangeAsync(this TestApp app, Guid caseId, Action<Case> change)
    {
        await using var scope = app.SystemScope();
        var db = scope.ServiceProvider.GetRequiredService<CasesDb>();
        change(await db.Cases.SingleAsync(c => c.Id == caseId));
        await db.SaveChangesAsync();
    }
}
