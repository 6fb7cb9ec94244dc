using SocialWorkStation.Platform.Audit;

namespace SocialWorkStation.Modules.Administration.Features.Audit;

/// <summary>Runs the same verification as the `verify-audit` command line.</summary>
internal sealed class VerifyAuditChainHandler(AuditChainVerifier verifier)
{
    public Task<AuditVerification> HandleAsync(CancellationToken ct) => verifier.VerifyAsync(ct);
}
