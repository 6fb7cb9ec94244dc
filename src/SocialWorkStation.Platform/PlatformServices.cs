using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using SocialWorkStation.Platform.Approvals;
using SocialWorkStation.Platform.Archives;
using SocialWorkStation.Platform.Attachments;
using SocialWorkStation.Platform.Audit;
using SocialWorkStation.Platform.Identity;
using SocialWorkStation.Platform.Numbering;
using SocialWorkStation.Platform.Permissions;
using SocialWorkStation.Platform.Stations;
using SocialWorkStation.Platform.Staff;

namespace SocialWorkStation.Platform;

public static class PlatformServices
{
    public static IServiceCollection AddPlatform(this IServiceCollection services, IConfiguration config)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.Configure<StationTimeOptions>(config.GetSection(StationTimeOptions.Section));
        services.AddSingleton(sp => new StationClock(sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<IOptions<StationTimeOptions>>().Value.TimeZone));
        services.AddScoped<CurrentUser>();
        services.AddScoped<ICurrentUser>(sp => sp.GetRequiredService<CurrentUser>());
        services.AddScoped<UserAccessLoader>();
        services.AddScoped<IAccessLog, AccessLog>();
        services.AddScoped<Protection.IIdentifierLookups, Protection.IdentifierLookups>();
        services.AddScoped<AuditChainVerifier>();
        services.AddSingleton<AuditCheckpoints>();
        services.AddHostedService<AuditSealingService>();
        services.AddScoped<INumbering, NumberingService>();
        services.Configure<NumberingOptions>(config.GetSection("Numbering"));
        services.AddAttachments(config);
        services.AddArchiveHandOffs();
        services.AddSingleton<IPermissionProvider, PlatformPermissionProvider>();
        services.AddSingleton<PermissionCatalog>();
        services.AddScoped<IApprovals, ApprovalEngine>();
        services.AddScoped<IApprovalInbox, ApprovalInbox>();
        services.AddScoped<ApprovalEligibility>();
        services.AddSingleton<Protection.PersonalDataProtector>();
        services.AddSingleton<Protection.IPersonalDataProtector>(sp => sp.GetRequiredService<Protection.PersonalDataProtector>());
        services.AddSingleton<Protection.IMasterKeyDerivation>(sp => sp.GetRequiredService<Protection.PersonalDataProtector>());
        services.Configure<LoginThrottleOptions>(config.GetSection(LoginThrottleOptions.Section));
        services.AddSingleton<LoginThrottle>();
        services.AddScoped(sp => new Public.PublicVisit(sp.GetRequiredService<IPlatformDb>(), sp.GetRequiredService<CurrentUser>()));
        services.AddScoped<IStaffDirectory, StaffDirectory>();
        services.AddScoped<StaffAccounts>();
        services.AddScoped<Modules.IDataUpgrade, StaffUpgrade>();
        return services;
    }
}
