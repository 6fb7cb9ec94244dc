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
        services.ConfigureApplicationCookie(o =>
        {
            o.Cookie.Name = "sws.auth";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.ExpireTimeSpan = idle;
            o.SlidingExpiration = true;
            o.LoginPath = "/account/login";
            o.LogoutPath = "/account/logout";
            o.AccessDeniedPath = "/account/denied";
            o.Events.OnRedirectToLogin = ctx => ApiAware(ctx, StatusCodes.Status401Unauthorized);
            o.Events.OnRedirectToAccessDenied = ctx => ApiAware(ctx, StatusCodes.Status403Forbidden);
        });
        services.Configure<SecurityStampValidatorOptions>(o =>
        {
            o.ValidationInterval = TimeSpan.FromMinutes(1);
            o.OnRefreshingPrincipal = ctx =>
            {
                if (ctx.CurrentPrincipal?.FindFirst(StationClaim.Type) is { } station)
                    (ctx.NewPrincipal?.Identity as System.Security.Claims.ClaimsIdentity)?.AddClaim(new(station.Type, station.Value));
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
        services.AddAntiforgery(o => o.SuppressXFrameOptionsHeader = true);
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
