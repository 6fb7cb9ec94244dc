using SocialWorkStation.Platform.Security;

namespace SocialWorkStation.Modules.Administration.Features.SecurityCheck;

/// <summary>安全自查 (C7.3.3): the platform's self-check, for the page and the API (the CLI's <c>self-check</c> runs the same).</summary>
internal sealed class RunSecurityCheckHandler(ISecuritySelfCheck check)
{
    public Task<SelfCheckReport> HandleAsync(CancellationToken ct) => check.RunAsync(ct);
}
