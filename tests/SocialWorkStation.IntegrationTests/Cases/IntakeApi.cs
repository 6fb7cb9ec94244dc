using System.Net;
using System.Net.Http.Json;
using SocialWorkStation.IntegrationTests.Infrastructure;
using SocialWorkStation.Modules.Cases.Domain;
using SocialWorkStation.Modules.Cases.Features.Assessments;
using SocialWorkStation.Modules.Cases.Features.Intake;
using SocialWorkStation.Modules.Cases.Features.Plans;
using SocialWorkStation.Platform.Identity;
using SocialWorkStation.Platform.Stations;

namespace SocialWorkStation.IntegrationTests.Cases;

/// <summary>A station with a social worker, a supervisor and a director, each with an API client.</summary>
public sealed record CaseTeam(Station Station, TestUser Worker, TestUser Supervisor, TestUser Director,
    HttpClient WorkerApi, HttpClient SupervisorApi, HttpClient DirectorApi);

/// <summary>Intent helpers over /api/v1/cases, /assessments, /plans and /assessment-templates, so tests read as rules.</summary>
public static class IntakeApi
{
    public static async Task<CaseTeam> CaseTeamAsync(this TestApp app)
    {
        var station = await app.NewStationAsync();
        var worker = await app.NewUserAsync(Roles.SocialWorker, station);
        var supervisor = await app.NewUserAsync(Roles.Supervisor, station);
        var director = await app.NewUserAsync(Roles.Director, station);
        return new CaseTeam(station, worker, supervisor, director, await app.ClientForAsync(worker, station),
            await app.ClientForAsync(supervisor, station), await app.ClientForAsync(director, station));
    }

    public static Task<HttpResponseMessage> OpenCaseAsync(this HttpClient api, Guid clientId, Guid? supervisorId = null,
        string needs = "独居老人，近期跌倒，生活照料困难", DateOnly? intakeDate = null, Guid? workerId = null) =>
        api.PostAsJsonAsync("/api/v1/cases", new
        {
            clientId, source = IntakeSource.GridReport, sourceDetail = "网格员上报", presentingNeeds = needs,
            intakeDate, workerId, supervisorId,
        });

    public static async Task<OpenedCase> OpenCaseOkAsync(this HttpClient api, Guid clientId, Guid? supervisorId = null)
    {
        var response = await api.OpenCaseAsync(clientId, supervisorId);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<OpenedCase>())!;
    }

    public static async Task<CaseHeader> CaseAsync(this HttpClient api, Guid id)
    {
        var response = await api.GetAsync($"/api/v1/cases/{id}");
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<CaseHeader>())!;
    }

    public static async Task<HttpResponseMessage> DecideIntakeAsync(this HttpClient api, Guid caseId, bool accepted, string opinion, long? version = null)
    {
        version ??= (await api.CaseAsync(caseId)).Version;
        return await api.PostAsJsonAsync($"/api/v1/cases/{caseId}/intake-decision", new { accepted, opinion, version });
    }

    public static object Assessment(AssessmentMethods methods = AssessmentMethods.Interview | AssessmentMethods.FieldObservation,
        Guid? templateId = null, object[]? answers = null, object[]? needs = null, RiskLevel risk = RiskLevel.Medium) => new
    {
        templateId, methods, answers = answers ?? [], problems = "行动不便，独居无人照料，情绪低落",
        needs = needs ?? [new { description = "生活照料", priority = 1 }, new { description = "情绪支持", priority = 2 }],
        riskLevel = risk, report = "服务对象独居，行动不便，需要链接居家养老服务并提供情绪支持。",
    };

    public static object Answer(string key, params string[] values) => new { questionKey = key, values };

    public static Task<HttpResponseMessage> AssessAsync(this HttpClient api, Guid caseId, object body) =>
        api.PostAsJsonAsync($"/api/v1/cases/{caseId}/assessments", body);

    public static async Task<IReadOnlyList<AssessmentSummary>> AssessmentsAsync(this HttpClient api, Guid caseId) =>
        (await api.GetFromJsonAsync<List<AssessmentSummary>>($"/api/v1/cases/{caseId}/assessments"))!;

    /// <summary>A case past intake (accepted by the supervisor) with one assessment: ready for planning.</summary>
    public static async Task<(Guid CaseId, IReadOnlyList<IdentifiedNeed> Needs)> AssessedCaseAsync(this TestApp app, CaseTeam team)
    {
        var client = await app.ClientAsync(team.Station, team.Worker);
        var opened = await team.WorkerApi.OpenCaseOkAsync(client.Id, team.Supervisor.Id);
        Assert.True((await team.SupervisorApi.DecideIntakeAsync(opened.Id, true, "符合接案条件，同意接案")).IsSuccessStatusCode);
        var assessed = await team.WorkerApi.AssessAsync(opened.Id, Assessment());
        Assert.True(assessed.StatusCode == HttpStatusCode.Created, await assessed.Content.ReadAsStringAsync());
        return (opened.Id, (await team.WorkerApi.AssessmentsAsync(opened.Id)).Single().Needs);
    }

    /// <summary>A plan body; <paramref name="staffIds"/> are the 负责人员, staff ids of the case's station.</summary>
    public static object Plan(IEnumerable<Guid> needIds, IEnumerable<Guid> staffIds, string measure = "每周外出活动不少于 2 次",
        string? revisionReason = null, long version = 0) => new
    {
        goals = new[] { new { description = "恢复日常外出活动", measure, needIds = needIds.ToArray() } },
        content = "链接居家养老服务，每两周家访一次，开展情绪疏导", methods = "个案辅导、资源链接",
        startOn = DateOnly.FromDateTime(DateTime.UtcNow), endOn = DateOnly.FromDateTime(DateTime.UtcNow).AddMonths(3),
        plannedSessions = 6, frequency = "每两周一次", responsibleStaffIds = staffIds.ToArray(), revisionReason, version,
    };

    public static Task<HttpResponseMessage> DraftPlanAsync(this HttpClient api, Guid caseId, object body) =>
        api.PostAsJsonAsync($"/api/v1/cases/{caseId}/plans", body);

    public static async Task<SavedPlan> DraftPlanOkAsync(this HttpClient api, Guid caseId, object body)
    {
        var response = await api.DraftPlanAsync(caseId, body);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<SavedPlan>())!;
    }

    public static async Task<Guid> SubmitPlanOkAsync(this HttpClient api, Guid planId)
    {
        var response = await api.PostAsync($"/api/v1/plans/{planId}/submit", null);
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<SubmittedPlan>())!.ApprovalRequestId;
    }

    public static async Task<PlanView> PlanAsync(this HttpClient api, Guid planId)
    {
        var response = await api.GetAsync($"/api/v1/plans/{planId}");
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<PlanView>())!;
    }

    public static async Task<IReadOnlyList<PlanView>> PlansAsync(this HttpClient api, Guid caseId) =>
        (await api.GetFromJsonAsync<List<PlanView>>($"/api/v1/cases/{caseId}/plans"))!;
}
