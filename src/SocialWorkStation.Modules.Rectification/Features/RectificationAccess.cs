using Microsoft.EntityFrameworkCore;
using SocialWorkStation.Modules.Rectification.Data;
using SocialWorkStation.Modules.Rectification.Domain;
using SocialWorkStation.Platform.Identity;

namespace SocialWorkStation.Modules.Rectification.Features;

/// <summary>Who sees which finding, in one place. The station filter has already removed other stations' findings
/// (a county user sees those of the stations they oversee). Within them, holders of
/// <see cref="RectificationPermissions.ViewAll"/> see every finding; everyone else only findings they raised or own an
/// action of: a complaint about a colleague is not for the whole station. A finding nobody may see is "not found".</summary>
internal sealed class RectificationAccess(RectificationDb db, ICurrentUser user)
{
    public IQueryable<Finding> Findings()
    {
        if (user.Has(RectificationPermissions.ViewAll)) return db.Findings;
        if (!user.Has(RectificationPermissions.View) && !user.Has(RectificationPermissions.Act)) return db.Findings.Where(_ => false);
        var me = user.Id;
        return db.Findings.Where(f => f.RaisedById == me || f.Actions.Any(a => a.OwnerId == me));
    }

    /// <summary>The finding with its actions, tracked for a change; null when not visible.</summary>
    public Task<Finding?> FindingAsync(Guid id, CancellationToken ct) =>
        Findings().Include(f => f.Actions).FirstOrDefaultAsync(f => f.Id == id, ct);

    /// <summary>The finding an action belongs to, with its actions, tracked for a change; null when not visible.</summary>
    public Task<Finding?> FindingOfActionAsync(Guid actionId, CancellationToken ct) =>
        Findings().Include(f => f.Actions).FirstOrDefaultAsync(f => f.Actions.Any(a => a.Id == actionId), ct);
}
