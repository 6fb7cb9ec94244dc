using Microsoft.EntityFrameworkCore;
using SocialWorkStation.Platform.Results;

namespace SocialWorkStation.Modules.Cases.Features.Intake;

public sealed record IntakeClient(Guid Id, string Name);

/// <summary>The client named in /cases/new?clientId=, shown by name on the intake form (C1.3.4: only one the user may see).</summary>
internal sealed class IntakeClientHandler(CaseAccess access)
{
    public async Task<Result<IntakeClient>> HandleAsync(Guid clientId, CancellationToken ct)
    {
        var client = await access.Clients().AsNoTracking().Where(c => c.Id == clientId)
            .Select(c => new IntakeClient(c.Id, c.Name)).FirstOrDefaultAsync(ct);
        return client is null ? Error.NotFound("服务对象不存在或无权访问。") : client;
    }
}
