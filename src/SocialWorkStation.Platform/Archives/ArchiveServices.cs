using Microsoft.Extensions.DependencyInjection;

namespace SocialWorkStation.Platform.Archives;

public static class ArchiveServices
{
    /// <summary>The hand-off contract and its read side. Renderers (<see cref="IArchiveRenderer"/>) come from the modules,
    /// registered by convention (ModuleRegistration).</summary>
    public static IServiceCollection AddArchiveHandOffs(this IServiceCollection services)
    {
        services.AddScoped<IArchiveHandOffs, ArchiveHandOffService>();
        services.AddScoped<ArchiveFiling>();
        services.AddScoped<ListArchiveHandOffsHandler>();
        services.AddScoped<GetArchiveHandOffHandler>();
        services.AddScoped<ArchiveHandOffFilesHandler>();
        return services;
    }
}
