using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SocialWorkStation.Modules.Cases.Features;
using SocialWorkStation.Modules.Cases.Features.Assessments;
using SocialWorkStation.Modules.Cases.Features.CaseFile;
using SocialWorkStation.Modules.Cases.Features.Caseload;
using SocialWorkStation.Modules.Cases.Features.Clients;
using SocialWorkStation.Modules.Cases.Features.Closure;
using SocialWorkStation.Modules.Cases.Features.Delivery;
using SocialWorkStation.Modules.Cases.Features.Intake;
using SocialWorkStation.Modules.Cases.Features.Plans;
using SocialWorkStation.Modules.Cases.Features.Statistics;
using SocialWorkStation.Platform.Common;
using SocialWorkStation.Platform.Modules;
using SocialWorkStation.Platform.Permissions;

namespace SocialWorkStation.Modules.Cases;

/// <summary>Approval subject types this module plugs into the engine.</summary>
public static class CasesSubjects
{
    public const string Plan = "cases.plan";
    public const string Closure = "cases.closure";
}

/// <summary>C3 service process (接案 → 预估 → 计划 → 介入 → 评估 → 结案 → 跟进回访) and C1.3.4 confidentiality of client records.</summary>
public sealed class CasesModule : AppModule
{
    public override string Name => "cases";

    public override IReadOnlyList<string> Clauses =>
    [
        "C1.3.4", "C3.1.1", "C3.1.2", "C3.2.1", "C3.2.2", "C3.3.1", "C3.3.2", "C3.3.3",
        "C3.4.1", "C3.4.2", "C3.4.3", "C3.5.1", "C3.5.2", "C3.5.3",
    ];

    public override IEnumerable<MenuEntry> Entries =>
    [
        new(Chapters.Services, "服务对象", "/cases/clients", CasesPermissions.ClientsView, 0),
        new(Chapters.Services, "个案列表", "/cases", CasesPermissions.ClientsView, 1),
        new(Chapters.Services, "小组与社区活动", "/cases/activities", CasesPermissions.Manage, 2),
        new(Chapters.Services, "服务统计", "/cases/dashboard", CasesPermissions.Dashboard, 3),
        new(Chapters.Services, "月度统计", "/cases/statistics", CasesPermissions.Dashboard, 4),
        new(Chapters.Services, "评估模板", "/cases/templates", CasesPermissions.TemplatesManage, 5),
    ];

    public override IEnumerable<PermissionDefinition> Permissions => CasesPermissions.Definitions;

    public override IEnumerable<(string Role, string Permission)> DefaultGrants => CasesPermissions.DefaultGrants;

    public override void AddServices(IServiceCollection services, IConfiguration config)
    {
        services.Configure<CasesOptions>(config.GetSection("Cases"));
        services.AddScoped<CaseAccess>();
    }

    public override void MapEndpoints(IEndpointRouteBuilder api)
    {
        ClientsEndpoints.Map(api);
        IntakeEndpoints.Map(api);
        AssessmentsEndpoints.Map(api);
        PlansEndpoints.Map(api);
        DeliveryEndpoints.Map(api);
        ClosureEndpoints.Map(api);
        CaseloadEndpoints.Map(api);
        CaseFileEndpoints.Map(api);
        StatisticsEndpoints.Map(api);
    }
}
