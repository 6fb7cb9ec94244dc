using Microsoft.Extensions.DependencyInjection;
using SocialWorkStation.IntegrationTests.Infrastructure;
using SocialWorkStation.Modules.Cases.Data;
using SocialWorkStation.Modules.Cases.Domain;
using SocialWorkStation.Modules.Cases.Features.Assessments;
using SocialWorkStation.Platform.Identity;
using SocialWorkStation.Platform.Stations;

namespace SocialWorkStation.IntegrationTests.Cases;

/// <summary>Station-B records for the intake, assessment, template and plan routes (StationIsolationTests).</summary>
public sealed class IntakeStationBRecords : IStationBRecords
{
    public async Task<IReadOnlyDictionary<string, StationBRecord>> CreateAsync(TestApp app, Station b)
    {
        var worker = await app.NewUserAsync(Roles.SocialWorker, b);
        var client = await app.ClientAsync(b, worker);
        var item = await app.CaseAsync(b, client, worker, CaseStatus.Intake);
        await using var scope = app.SystemScope();
        var db = scope.ServiceProvider.GetRequiredService<CasesDb>();
        var template = DefaultTemplate.Create(b.Id);
        db.AssessmentTemplates.Add(template);
        var need = new IdentifiedNeed(Guid.CreateVersion7(), "生活照料", 1);
        var assessment = new Assessment
        {
            StationId = b.Id, CaseId = item.Id, Methods = AssessmentMethods.Interview, AssessedOn = item.IntakeDate,
            Problems = "独居", Needs = [need], Report = "报告", AssessorId = worker.Id, CreatedAt = DateTime.UtcNow,
        };
        db.Assessments.Add(assessment);
        var plan = new ServicePlan
        {
            StationId = b.Id, CaseId = item.Id, VersionNo = 1, Status = PlanStatus.Draft, Content = "内容", Methods = "方法",
            ResponsibleStaff = "社工", StartOn = item.IntakeDate, EndOn = item.IntakeDate.AddMonths(1), PlannedSessions = 1,
            Goals = [new PlanGoal(Guid.CreateVersion7(), "目标", "衡量", [need.Id])], AuthorId = worker.Id, CreatedAt = DateTime.UtcNow,
        };
        db.ServicePlans.Add(plan);
        await db.SaveChangesAsync();

        var today = DateOnly.FromDateTime(DateTime.UtcNow).ToString("yyyy-MM-dd");
        var planBody = $$"""
            {"goals":[{"description":"目标","measure":"衡量","needIds":["{{need.Id}}"]}],"content":"内容","methods":"方法",
             "startOn":"{{today}}","endOn":"{{today}}","plannedSessions":1,"responsibleStaffIds":["{{worker.Id}}"],"version":{{plan.Version}}}
            """;
        return new Dictionary<string, StationBRecord>
        {
            ["/api/v1/cases/{id:guid}"] = new($"/api/v1/cases/{item.Id}"),
            ["/api/v1/cases/{id:guid}/intake-decision"] = new($"/api/v1/cases/{item.Id}/intake-decision",
                $$"""{"accepted":true,"opinion":"同意","version":{{item.Version}}}"""),
            ["/api/v1/cases/{id:guid}/assessments"] = new($"/api/v1/cases/{item.Id}/assessments",
                $$"""{"methods":"Interview","problems":"独居","needs":[{"description":"照料","priority":1}],"riskLevel":"Low","report":"报告"}"""),
            ["/api/v1/cases/{id:guid}/plans"] = new($"/api/v1/cases/{item.Id}/plans", planBody),
            ["/api/v1/assessments/{id:guid}"] = new($"/api/v1/assessments/{assessment.Id}"),
            ["/api/v1/plans/{id:guid}"] = new($"/api/v1/plans/{plan.Id}", planBody),
            ["/api/v1/plans/{id:guid}/submit"] = new($"/api/v1/plans/{plan.Id}/submit", "{}"),
            ["/api/v1/assessment-templates/{id:guid}"] = new($"/api/v1/assessment-templates/{template.Id}",
                """{"name":"模板","scored":false,"isActive":true,"sections":[{"title":"部分","questions":[{"key":"a","text":"问题","kind":"Text","required":false}]}],"version":0}"""),
        };
    }
}
