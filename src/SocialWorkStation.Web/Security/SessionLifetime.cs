using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Components.Server.Circuits;

namespace SocialWorkStation.Web.Security;

/// <summary>等保 L3 session limits, enforced on the server (issue 10), not only by app.js: a session ends after
/// <c>Security:IdleTimeoutMinutes</c> (30) without activity and <c>Security:AbsoluteSessionMinutes</c> (720) after sign-in
/// however active it is. The cookie's sliding expiry carries the idle limit for requests; the sign-in time travels as a
/// claim, checked on every cookie request and, with the circuit's last inbound activity, at each circuit revalidation.</summary>
internal sealed class SessionLifetime(IConfiguration config, TimeProvider clock)
{
    public const string SignedInClaim = "sws:signed_in";

    public TimeSpan Idle { get; } = TimeSpan.FromMinutes(config.GetValue("Security:IdleTimeoutMinutes", 30));
    public TimeSpan Absolute { get; } = TimeSpan.FromMinutes(config.GetValue("Security:AbsoluteSessionMinutes", 720));

    public Claim NewSignedInClaim() => new(SignedInClaim, clock.GetUtcNow().ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture));

    /// <summary>A session without its sign-in time (made before this check existed) counts as expired: one more sign-in.</summary>
    public bool IsPastAbsoluteLimit(ClaimsPrincipal principal) =>
        !long.TryParse(principal.FindFirstValue(SignedInClaim), NumberStyles.Integer, CultureInfo.InvariantCulture, out var seconds)
        || clock.GetUtcNow() - DateTimeOffset.FromUnixTimeSeconds(seconds) > Absolute;

    public bool IsIdle(DateTimeOffset lastActivity) => clock.GetUtcNow() - lastActivity > Idle;
}

/// <summary>One per circuit: when the browser last sent anything (a click, a key, an interop reply).</summary>
internal sealed class CircuitActivity(TimeProvider clock) : CircuitHandler
{
    public DateTimeOffset LastActivity { get; private set; } = clock.GetUtcNow();

    public override Func<CircuitInboundActivityContext, Task> CreateInboundActivityHandler(Func<CircuitInboundActivityContext, Task> next) =>
        context =>
        {
            LastActivity = clock.GetUtcNow();
            return next(context);
        };
}
