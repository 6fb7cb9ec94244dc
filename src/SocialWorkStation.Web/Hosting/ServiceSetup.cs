using System.Text.Encodings.Web;
using System.Text.Unicode;
using AntDesign;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Serilog;
using Serilog.Formatting.Compact;
using SocialWorkStation.Data;
using SocialWorkStation.Platform;
using SocialWorkStation.Platform.Identity;
using SocialWorkStation.Platform.Public;
using SocialWorkStation.Web.Public;
using SocialWorkStation.Web.Security;

using SocialWorkStation.Ui;
using SocialWorkStation.Platform.Common;

namespace SocialWorkStation.Web.Hosting;

public static class ServiceSetup
{
    public const string SmartScheme = "sws";
    private const string OneTimeAuthenticator = "OneTimeAuthenticator";

    public static void AddSocialWorkStation(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        // Serve _content/* of referenced libraries (AntDesign) when running from a build, in every environment.
        builder.WebHost.UseStaticWebAssets();
        var config = builder.Configuration;

        builder.Host.UseSerilog((ctx, log) =>
        {
            log.ReadFrom.Configuration(ctx.Configuration).Enrich.FromLogContext()
                .MinimumLevel.Override("Microsoft.AspNetCore", Serilog.Events.LogEventLevel.Warning)
                .MinimumLevel.Override("Microsoft.EntityFrameworkCore", Serilog.Events.LogEventLevel.Warning);
            if (ctx.Configuration["Logging:Format"] == "Json") log.WriteTo.Console(new CompactJsonFormatter());
            else log.WriteTo.Console();
        });

        services.AddSingleton(HtmlEncoder.Create(UnicodeRanges.All));
        services.AddPlatform(config);
        services.AddAppDatabase(config);
        services.AddWebServices(config);

        services.AddIdentity<AppUser, AppRole>(o =>
            {
                o.Password.RequiredLength = PasswordPolicyValidator.MinLength;
                o.Password.RequireDigit = o.Password.RequireLowercase = o.Password.RequireUppercase = false;
                o.Password.RequireNonAlphanumeric = false;
                // No hard lockout: anyone could lock a colleague out with five requests. LoginThrottle slows guessing instead.
                o.Lockout.AllowedForNewUsers = false;
                o.Tokens.AuthenticatorTokenProvider = OneTimeAuthenticator;
                o.User.RequireUniqueEmail = false;
                o.SignIn.RequireConfirmedAccount = false;
            })
            .AddEntityFrameworkStores<AppDbContext>()
            .AddUserStore<ProtectedUserStore>()
            .AddDefaultTokenProviders()
            .AddTokenProvider<OneTimeAuthenticatorTokenProvider>(OneTimeAuthenticator)
            .AddPasswordValidator<PasswordPolicyValidator>()
            .AddErrorDescriber<ChineseIdentityErrorDescriber>();

        var idle = TimeSpan.FromMinutes(config.GetValue("Security:IdleTimeoutMinutes", 30));
        // Served over TLS (directly or behind the reverse proxy, deploy docs): cookies are __Host- prefixed and Secure, so no
        // other subdomain or plain-HTTP page can set or read them (issue 10).
        var https = config.GetValue("Security:Https", false);
        services.ConfigureApplicationCookie(o =>
        {
            o.Cookie.Name = https ? "__Host-sws.auth" : "sws.auth";
            o.Cookie.SecurePolicy = https ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
            o.Cookie.Path = "/";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.ExpireTimeSpan = idle;
            o.SlidingExpiration = true;
            o.LoginPath = "/account/login";
            o.LogoutPath = "/account/logout";
            o.AccessDeniedPath = "/account/denied";
            o.Events.OnRedirectToLogin = ctx => ApiAware(ctx, StatusCodes.Status401Unauthorized);
            // The absolute session limit (SessionLifetime): the sign-in time is stamped once and checked on every request,
            // before Identity's own security-stamp validation.
            o.Events.OnSigningIn = ctx =>
            {
                if (ctx.Principal?.Identity is System.Security.Claims.ClaimsIdentity identity && !identity.HasClaim(c => c.Type == SessionLifetime.SignedInClaim))
                    identity.AddClaim(ctx.HttpContext.RequestServices.GetRequiredService<SessionLifetime>().NewSignedInClaim());
                return Task.CompletedTask;
            };
            var validateStamp = o.Events.OnValidatePrincipal;
            o.Events.OnValidatePrincipal = async ctx =>
            {
                if (ctx.HttpContext.RequestServices.GetRequiredService<SessionLifetime>().IsPastAbsoluteLimit(ctx.Principal!))
                {
                    ctx.RejectPrincipal();
                    await ctx.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
                    return;
                }
                await validateStamp(ctx);
            };
            o.Events.OnRedirectToAccessDenied = ctx => ApiAware(ctx, StatusCodes.Status403Forbidden);
        });
        services.Configure<SecurityStampValidatorOptions>(o =>
        {
            o.ValidationInterval = TimeSpan.FromMinutes(1);
            o.OnRefreshingPrincipal = ctx =>
            {
                // A refreshed principal keeps the chosen station and the original sign-in time.
                foreach (var kept in ctx.CurrentPrincipal?.Claims.Where(c => c.Type is StationClaim.Type or SessionLifetime.SignedInClaim).ToList() ?? [])
                    (ctx.NewPrincipal?.Identity as System.Security.Claims.ClaimsIdentity)?.AddClaim(new(kept.Type, kept.Value));
                return Task.CompletedTask;
            };
        });
        services.AddAuthentication(o =>
            {
                // AddIdentity set cookie-only defaults; route authenticate/challenge/forbid through the cookie-or-bearer selector.
                o.DefaultScheme = o.DefaultAuthenticateScheme = SmartScheme;
                o.DefaultChallengeScheme = o.DefaultForbidScheme = SmartScheme;
            })
            .AddPolicyScheme(SmartScheme, "Cookie or bearer", o => o.ForwardDefaultSelector = ctx =>
                // Public pages (ADR 010) never read a staff sign-in: nobody is signed in there.
                ctx.GetEndpoint()?.Metadata.GetMetadata<PublicPageAttribute>() is not null
                    ? PublicVisitorAuthenticationHandler.SchemeName
                    : ctx.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
                        ? IdentityConstants.BearerScheme
                        : IdentityConstants.ApplicationScheme)
            .AddScheme<AuthenticationSchemeOptions, PublicVisitorAuthenticationHandler>(PublicVisitorAuthenticationHandler.SchemeName, null)
            .AddBearerToken(IdentityConstants.BearerScheme, o => o.BearerTokenExpiration = TimeSpan.FromHours(1));

        services.AddAuthorization(o =>
        {
            // Every endpoint and page needs a signed-in user unless it says [AllowAnonymous].
            o.FallbackPolicy = new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build();
        });
        services.AddSingleton<IAuthorizationPolicyProvider, PermissionPolicyProvider>();
        services.AddScoped<IAuthorizationHandler, PermissionHandler>();

        // The key ring sits in the database, encrypted under a key derived from Protection:Key, which does not (issue 10, item 3).
        services.AddDataProtection().SetApplicationName("SocialWorkStation").PersistKeysToDbContext<AppDbContext>();
        services.AddSingleton<KeyRingEncryptor>();
        services.AddOptions<Microsoft.AspNetCore.DataProtection.KeyManagement.KeyManagementOptions>()
            .Configure<KeyRingEncryptor>((o, encryptor) => o.XmlEncryptor = encryptor);

        // Our security headers middleware sends X-Frame-Options: DENY; antiforgery would add a second, weaker one.
        services.AddAntiforgery(o =>
        {
            o.SuppressXFrameOptionsHeader = true;
            if (!https) return;
            o.Cookie.Name = "__Host-sws.af";
            o.Cookie.SecurePolicy = CookieSecurePolicy.Always;
            o.Cookie.Path = "/";
        });
        // Behind a reverse proxy the client's address and scheme come from X-Forwarded-For/-Proto, trusted only from the
        // proxies listed in Security:KnownProxies (loopback by default), so the sign-in throttle and the login history see the
        // real client rather than the proxy.
        services.Configure<Microsoft.AspNetCore.Builder.ForwardedHeadersOptions>(o =>
        {
            o.ForwardedHeaders = Microsoft.AspNetCore.HttpOverrides.ForwardedHeaders.XForwardedFor | Microsoft.AspNetCore.HttpOverrides.ForwardedHeaders.XForwardedProto;
            foreach (var proxy in (config["Security:KnownProxies"] ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                if (System.Net.IPAddress.TryParse(proxy, out var address)) o.KnownProxies.Add(address);
        });
        services.AddHsts(o => o.MaxAge = TimeSpan.FromDays(365));
        services.AddRazorComponents().AddInteractiveServerComponents();
        services.AddCascadingAuthenticationState();
        services.AddScoped<AuthenticationStateProvider, RevalidatingAuthStateProvider>();
        services.AddAntDesign();
        // Keys are the zh-CN text; Resources/SharedResource.en-US.resx (named after the SharedResource class beside it) translates.
        services.AddLocalization();
        services.AddHttpContextAccessor();
    }

    private static Task ApiAware(Microsoft.AspNetCore.Authentication.RedirectContext<CookieAuthenticationOptions> ctx, int status)
    {
        if (ctx.Request.Path.StartsWithSegments("/api"))
        {
            ctx.Response.StatusCode = status;
            return Task.CompletedTask;
        }
        ctx.Response.Redirect(ctx.RedirectUri);
        return Task.CompletedTask;
    }
}
