using System.Globalization;
using System.Text.Json.Serialization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Localization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using SocialWorkStation.Data;
using SocialWorkStation.Web.Security;

using SocialWorkStation.Ui;
using SocialWorkStation.Platform.Common;
using SocialWorkStation.Platform.Modules;
using SocialWorkStation.Platform.Public;
using SocialWorkStation.Web.Public;

namespace SocialWorkStation.Web.Hosting;

internal static class WebServices
{
    public const string LoginLimit = "login";
    public const string AnonymousLimit = "anonymous";
    /// <summary>Public pages (ADR 010), per IP, separate from the login limit.</summary>
    public const string PublicLimit = "public";
    public static readonly CultureInfo[] Cultures = [new("zh-CN"), new("en-US")];

    public static IServiceCollection AddWebServices(this IServiceCollection services, IConfiguration config)
    {
        services.AddSingleton<SetupState>();
        services.AddScoped<Operations>();
        services.AddSingleton<SocialWorkStation.Web.Security.SessionLifetime>();
        services.AddScoped<SocialWorkStation.Platform.Security.ISecuritySelfCheck, SocialWorkStation.Web.Security.SecuritySelfCheck>();
        services.AddScoped<SocialWorkStation.Web.Security.CircuitActivity>();
        services.AddScoped<Microsoft.AspNetCore.Components.Server.Circuits.CircuitHandler>(sp => sp.GetRequiredService<SocialWorkStation.Web.Security.CircuitActivity>());
        services.AddScoped<CurrentPage>();
        // Per circuit: the header's inbox badge listens; module pages that change what is pending tell it.
        services.AddScoped<InboxNotifier>();
        services.AddScoped<SocialWorkStation.Web.Account.LoginRecorder>();
        services.AddScoped<SocialWorkStation.Web.Account.ChangePasswordHandler>();
        services.AddScoped<SocialWorkStation.Web.Account.TwoFactorEnrolmentHandler>();
        services.AddScoped<SocialWorkStation.Platform.Modules.IDataUpgrade, SocialWorkStation.Web.Security.TotpSecretUpgrade>();
        services.AddScoped<SocialWorkStation.Web.Setup.InstallationService>();
        services.AddScoped<SocialWorkStation.Platform.Modules.IDataUpgrade, SocialWorkStation.Web.Setup.DefaultsRollout>();
        services.AddScoped<SocialWorkStation.Platform.Modules.IDataUpgrade, SocialWorkStation.Web.Setup.SeparationOfDutiesUpgrade>();
        services.AddScoped<SocialWorkStation.Web.Setup.DemoSeeder>();
        services.AddSingleton<IPublicEntryProvider, PlatformPublicEntries>();
        services.AddModules(ModuleCatalog.All, config);
        // Enums travel as their names, in both directions and nowhere as numbers: clients must not depend on declaration
        // order, and a number that names no member is a 400 on its field rather than a silent out-of-range value.
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new JsonStringEnumConverter(allowIntegerValues: false)));
        services.AddProblemDetails();
        // Bad bodies raise BadHttpRequestException in every environment, so the handler below answers them uniformly.
        services.Configure<Microsoft.AspNetCore.Routing.RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.AddExceptionHandler<ProblemExceptionHandler>();
        services.AddOpenApi("v1");
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database", tags: ["ready"]);
        services.Configure<RequestLocalizationOptions>(o =>
        {
            o.DefaultRequestCulture = new RequestCulture("zh-CN");
            o.SupportedCultures = o.SupportedUICultures = Cultures;
            o.RequestCultureProviders = [new CookieRequestCultureProvider()];
        });

        var loginPermits = config.GetValue("Security:LoginPermitsPerMinute", 10);
        var anonymousPermits = config.GetValue("Security:AnonymousPermitsPerMinute", 120);
        var publicPermits = config.GetValue("Security:PublicPermitsPerMinute", 120);
        // Admission control for the API (docs/adr/008): at most this many requests run at once per node, the rest wait
        // their turn in arrival order. Past that point more parallel requests only share the cores — each one slower, the
        // slowest much slower — and compete for locks, connections and the garbage collector.
        var apiConcurrency = config.GetValue("Performance:ApiConcurrency", 4 * Environment.ProcessorCount);
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(http => http.Request.Path.StartsWithSegments("/api/v1")
                ? RateLimitPartition.GetConcurrencyLimiter("api", _ => new ConcurrencyLimiterOptions
                {
                    PermitLimit = apiConcurrency, QueueLimit = 100_000, QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
                })
                : RateLimitPartition.GetNoLimiter("other"));
            o.AddPolicy(LoginLimit, http => FixedWindow(http, "login", loginPermits));
            o.AddPolicy(AnonymousLimit, http => FixedWindow(http, "anon", anonymousPermits));
            o.AddPolicy(PublicLimit, http => FixedWindow(http, "public", publicPermits));
            o.OnRejected = async (rejected, _) =>
            {
                var http = rejected.HttpContext;
                if (http.GetEndpoint()?.Metadata.GetMetadata<PublicPageAttribute>() is null) return;
                http.Response.Headers.RetryAfter = "60";
                await PublicStatusPages.WriteAsync(http, StatusCodes.Status429TooManyRequests, null);
            };
        });
        return services;
    }

    private static RateLimitPartition<string> FixedWindow(HttpContext http, string name, int permits) =>
        RateLimitPartition.GetFixedWindowLimiter($"{name}:{http.Connection.RemoteIpAddress}", _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = permits, Window = TimeSpan.FromMinutes(1), QueueLimit = 0,
        });
}

/// <summary>Maps real faults and the few expected exceptions to ProblemDetails; never leaks a stack trace.</summary>
internal sealed class ProblemExceptionHandler(IProblemDetailsService problems, ILogger<ProblemExceptionHandler> log) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext http, Exception exception, CancellationToken ct)
    {
        var (status, title) = exception switch
        {
            StationAccessException => (404, "记录不存在或无权访问。"),
            DbUpdateConcurrencyException => (409, "数据已被他人修改，请刷新后重试。"),
            BadHttpRequestException bad => (bad.StatusCode, bad.StatusCode == 413 ? "请求内容过大。" : "请求格式不正确。"),
            Microsoft.AspNetCore.Antiforgery.AntiforgeryValidationException => (400, "表单已过期，请刷新页面后重试。"),
            _ => (500, "服务器内部错误，请稍后重试。"),
        };
        if (status >= 500) log.LogError(exception, "Unhandled exception");
        http.Response.StatusCode = status;
        if (exception is BadHttpRequestException { InnerException: System.Text.Json.JsonException json })
        {
            // Wrong types and malformed JSON name the field, like any other validation error.
            var field = string.IsNullOrEmpty(json.Path) || json.Path == "$" ? "body" : json.Path.TrimStart('$', '.');
            await TypedResults.ValidationProblem(new Dictionary<string, string[]> { [field] = ["格式不正确或类型不匹配。"] },
                title: title).ExecuteAsync(http);
            return true;
        }
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = http, Exception = exception,
            ProblemDetails = { Status = status, Title = title },
        });
    }
}

internal sealed class DatabaseHealthCheck(AppDbContext db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken ct = default) =>
        await db.Database.CanConnectAsync(ct) ? HealthCheckResult.Healthy() : HealthCheckResult.Unhealthy("数据库不可用");
}
