using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace SocialWorkStation.Web.Public;

/// <summary>The authentication scheme of public pages: nobody is signed in there. The default scheme forwards here for
/// public endpoints, so a staff member's cookie or token is never read on them: the page cannot show or depend on who
/// they are, the sliding cookie is not renewed (no Set-Cookie), and antiforgery tokens are anonymous.</summary>
internal sealed class PublicVisitorAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "public-visitor";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync() => Task.FromResult(AuthenticateResult.NoResult());
}
