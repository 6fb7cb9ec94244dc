using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SocialWorkStation.Platform.Approvals;
using SocialWorkStation.Platform.Archives;
using SocialWorkStation.Platform.Attachments;
using SocialWorkStation.Platform.Common;
using SocialWorkStation.Platform.Permissions;
using SocialWorkStation.Platform.Public;
using SocialWorkStation.Platform.Reminders;

namespace SocialWorkStation.Platform.Modules;

public static class ModuleRegistration
{
    /// <summary>Registers every module of the host's catalog: the module itself (the database model reads it), its
    /// permissions, menu and public links, the services found by convention in its assembly (handlers, contract implementations, its <see cref="ModuleDb"/>), then its own services.</summary>
    public static IServiceCollection AddModules(this IServiceCollection services, IEnumerable<AppModule> modules, IConfiguration config)
    {
        foreach (var module in modules)
        {
            services.AddSingleton(module);
            services.AddSingleton<IPermissionProvider>(module);
            services.AddSingleton<IMenuProvider>(module);
            services.AddSingleton<IPublicEntryProvider>(module);
            AddConventionalServices(services, module);
            module.AddServices(services, config);
        }
        return services;
    }

    private static void AddConventionalServices(IServiceCollection services, AppModule module)
    {
        foreach (var type in module.Assembly.GetTypes().Where(t => t is { IsClass: true, IsAbstract: false, IsGenericTypeDefinition: false }))
        {
            if (typeof(IApprovalSubjectHandler).IsAssignableFrom(type)) services.AddScoped(typeof(IApprovalSubjectHandler), type);
            else if (typeof(IAttachmentOwner).IsAssignableFrom(type)) services.AddScoped(typeof(IAttachmentOwner), type);
            else if (typeof(IArchiveRenderer).IsAssignableFrom(type)) services.AddScoped(typeof(IArchiveRenderer), type);
            else if (typeof(IReminderSource).IsAssignableFrom(type)) services.AddScoped(typeof(IReminderSource), type);
            else if (typeof(IDataUpgrade).IsAssignableFrom(type)) services.AddScoped(typeof(IDataUpgrade), type);
            else if (typeof(ModuleDb).IsAssignableFrom(type)) services.AddScoped(type);
            else if (type.Name.EndsWith("Handler", StringComparison.Ordinal) && !type.IsNested) services.AddScoped(type);
        }
    }
}
