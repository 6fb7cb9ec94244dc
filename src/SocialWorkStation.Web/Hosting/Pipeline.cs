using Scalar.AspNetCore;
using SocialWorkStation.Data;
using SocialWorkStation.Platform.Identity;
using SocialWorkStation.Web.Account;
using SocialWorkStation.Web.Api;
using SocialWorkStation.Web.Components;
using SocialWorkStation.Web.Public;
using SocialWorkStation.Web.Security;
using SocialWorkStation.Web.Setup;

namespace SocialWorkStation.Web.Hosting;

public static class Pipeline
{
    public static async Task PrepareDatabaseAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateSystemScope();
        await DatabaseSetup.MigrateAsync(scope.ServiceProvider.GetRequiredService<AppDbContext>());
        await DatabaseSetup.UpgradeDataAsync(scope.ServiceProvider.GetRequiredService<AppDbContext>(),
            scope.ServiceProvider.GetServices<SocialWorkStation.Platform.Modules.IDataUpgrade>());
        if (app.Configuration.GetValue("Demo:Seed", false))
            await scope.ServiceProvider.GetRequiredService<DemoSeeder>().SeedIfEmptyAsync();
        var setup = app.Services.GetRequiredService<SetupState>();
        if (!await setup.IsSetUpAsync(scope.ServiceProvider.GetRequiredService<AppDbContext>(), CancellationToken.None))
            app.Logger.LogWarning("尚未初始化。请打开 /setup 并填写本次启动的初始化令牌：{SetupToken}", setup.Token);
    }

    public static void UseSocialWorkStation(this WebApplication app)
    {
        app.UseForwardedHeaders();
        if (app.Configuration.GetValue("Security:Https", false))
        {
            app.UseHsts();
            app.UseHttpsRedirection();
        }
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseMiddleware<SecurityHeadersMiddleware>();
        app.UseRequestLocalization();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseMiddleware<SetupGateMiddleware>();
        app.UseMiddleware<CurrentUserMiddleware>();
        app.UseAuthorization();
        app.UseMiddleware<PublicAreaMiddleware>();
        app.UseAntiforgery();

        app.MapStaticAssets().AllowAnonymous();
        app.MapHealthChecks("/health/live", new() { Predicate = _ => false }).AllowAnonymous();
        app.MapHealthChecks("/health/ready", new() { Predicate = c => c.Tags.Contains("ready") }).AllowAnonymous();
        // The API description is open on a developer's machine only; in production it needs a signed-in user (issue 10).
        var description = app.MapOpenApi("/api/{documentName}/openapi.json");
        var docs = app.MapScalarApiReference("/api/docs", o => o.WithOpenApiRoutePattern("/api/{documentName}/openapi.json"));
        if (app.Environment.IsDevelopment())
        {
            description.AllowAnonymous();
            docs.AllowAnonymous();
        }
        app.MapAccountEndpoints();
        app.MapApiV1();
        // Our CSP already says frame-ancestors 'none'; Blazor would add a second, weaker policy.
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode(o => o.ContentSecurityFrameAncestorsPolicy = null)
            .AddAdditionalAssemblies([.. ModuleCatalog.Assemblies])
            .Add(PublicAreaConventions.Apply);
    }
}
