using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SocialWorkStation.Modules.Rectification.Contracts;
using SocialWorkStation.Modules.Rectification.Features;
using SocialWorkStation.Modules.Rectification.Features.Actions;
using SocialWorkStation.Modules.Rectification.Features.Closure;
using SocialWorkStation.Modules.Rectification.Features.Completion;
using SocialWorkStation.Modules.Rectification.Features.Raise;
using SocialWorkStation.Modules.Rectification.Features.Tracking;
using SocialWorkStation.Modules.Rectification.Features.Verification;
using SocialWorkStation.Platform.Common;
using SocialWorkStation.Platform.Modules;
using SocialWorkStation.Platform.Permissions;

namespace SocialWorkStation.Modules.Rectification;

/// <summary>整改: findings → corrective actions (owner, deadline, evidence) → verification by a second person → 销号.
/// Built once for the chapters that produce findings (C4.4.2, C6.1.1, C6.3.2, C7.3.3, complaints), which raise them
/// through <see cref="IRectification"/> and claim their clauses themselves (ADR 014).</summary>
public sealed class RectificationModule : AppModule
{
    public override string Name => "rectification";

    public override IEnumerable<MenuEntry> Entries =>
    [
        new(Chapters.Quality, "整改跟踪", "/rectification", RectificationPermissions.View, 10),
    ];

    public override IEnumerable<PermissionDefinition> Permissions => RectificationPermissions.Definitions;

    public override IEnumerable<(string Role, string Permission)> DefaultGrants => RectificationPermissions.DefaultGrants;

    public override void AddServices(IServiceCollection services, IConfiguration config)
    {
        services.Configure<RectificationOptions>(config.GetSection("Rectification"));
        services.AddScoped<RectificationAccess>();
        services.AddScoped<ActionOwners>();
        services.AddScoped<IRectification, RectificationContract>();
    }

    public override void MapEndpoints(IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/rectification").WithTags("整改");
        TrackingEndpoints.Map(group);
        RaiseEndpoints.Map(group);
        ActionEndpoints.Map(group);
        CompletionEndpoints.Map(group);
        VerificationEndpoints.Map(group);
        ClosureEndpoints.Map(group);
    }
}

/// <summary>Configuration section "Rectification".</summary>
public sealed class RectificationOptions
{
    /// <summary>整改编号 kind for Numbering: ZG-2026-0001 (a template may be set in Numbering:Templates).</summary>
    public string NumberKind { get; set; } = "ZG";
}
