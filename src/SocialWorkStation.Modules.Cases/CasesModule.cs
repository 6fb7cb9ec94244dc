using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SocialWorkStation.Modules.Cases.Endpoints;
using SocialWorkStation.Modules.Cases.Features;
using SocialWorkStation.Platform.Approvals;
using SocialWorkStation.Platform.Attachments;
using SocialWorkStation.Platform.Common;
using SocialWorkStation.Platform.Permissions;
using SocialWorkStation.Platform.Reminders;

namespace SocialWorkStation.Modules.Cases;

/// <summary>Approval subject types this module plugs into the engine.</summary>
public static class CasesSubjects
{
    public const string Plan = "cases.plan";
    public const string Closure = "cases.closure";
}

public static class CasesModule
{
    public static IServiceCollection AddCasesModule(this IServiceCollection services, IConfiguration config)
    {
        services.Configure<CasesOptions>(config.GetSection("Cases"));
        services.AddSingleton<IPermissionProvider, CasesPermissionProvider>();
        services.AddSingleton<IMenuProvider, CasesMenu>();
        services.AddScoped<CaseAccess>();
        // One use case per file: every *Handler class is a scoped service; contract implementations register by interface.
        foreach (var type in typeof(CasesModule).Assembly.GetTypes().Where(t => t is { IsClass: true, IsAbstract: false }))
        {
            if (typeof(IApprovalSubjectHandler).IsAssignableFrom(type)) services.AddScoped(typeof(IApprovalSubjectHandler), type);
            else if (typeof(IAttachmentOwner).IsAssignableFrom(type)) services.AddScoped(typeof(IAttachmentOwner), type);
            else if (typeof(IReminderSource).IsAssignableFrom(type)) services.AddScoped(typeof(IReminderSource), type);
            else if (type.Name.EndsWith("Handler", StringComparison.Ordinal) && !type.IsNested) services.AddScoped(type);
        }
        return services;
    }

    public static void MapCasesEndpoints(this IEndpointRouteBuilder api)
    {
        ClientEndpoints.Map(api);
        CaseEndpoints.Map(api);
        DeliveryEndpoints.Map(api);
        CaseFileEndpoints.Map(api);
        StatisticsEndpoints.Map(api);
    }
}

internal sealed class CasesMenu : IMenuProvider
{
    public IEnumerable<MenuEntry> Entries =>
    [
        new(Chapters.Services, "服务对象", "/cases/clients", CasesPermissions.ClientsView, 0),
        new(Chapters.Services, "个案列表", "/cases", CasesPermissions.ClientsView, 1),
        new(Chapters.Services, "小组与社区活动", "/cases/activities", CasesPermissions.Manage, 2),
        new(Chapters.Services, "服务统计", "/cases/dashboard", CasesPermissions.Dashboard, 3),
        new(Chapters.Services, "月度统计", "/cases/statistics", CasesPermissions.Dashboard, 4),
        new(Chapters.Services, "评估模板", "/cases/templates", CasesPermissions.TemplatesManage, 5),
    ];
}
