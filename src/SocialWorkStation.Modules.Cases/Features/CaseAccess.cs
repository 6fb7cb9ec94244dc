using Microsoft.EntityFrameworkCore;
using SocialWorkStation.Modules.Cases.Data;
using SocialWorkStation.Modules.Cases.Domain;
using SocialWorkStation.Platform.Identity;

namespace SocialWorkStation.Modules.Cases.Features;

/// <summary>C1.3.4 in one place: a client record is open to the worker and supervisor assigned to one of its cases,
/// whoever registered it, colleagues it was explicitly shared with, and holders of <see cref="CasesPermissions.ViewAll"/>
/// (station director, supervisors). Everyone else gets 404, as for another station's record. The station query
/// filter applies underneath.</summary>
internal sealed class CaseAccess(CasesDb db, ICurrentUser user)
{
    public bool SeesAll => user.Has(CasesPermissions.ViewAll);
    public bool SeesSensitive => user.Has(CasesPermissions.SensitiveView);
    public bool MayReveal => user.Has(CasesPermissions.ClientsReveal);

    public IQueryable<Client> Clients()
    {
        if (SeesAll) return db.Clients;
        // Records name people by staff id; a share names a login (docs/adr/012).
        var me = user.StaffId;
        var login = user.Id;
        return db.Clients.Where(c => c.RegisteredById == me || c.Shares.Any(s => s.UserId == login)
                                     || db.Cases.Any(k => k.ClientId == c.Id && (k.WorkerId == me || k.SupervisorId == me)));
    }

    public IQueryable<Case> Cases()
    {
        if (SeesAll) return db.Cases;
        var me = user.StaffId;
        var login = user.Id;
        return db.Cases.Where(k => k.WorkerId == me || k.SupervisorId == me
                                   || db.Clients.Any(c => c.Id == k.ClientId && (c.RegisteredById == me || c.Shares.Any(s => s.UserId == login))));
    }

    /// <summary>The case, if the current user may open it; null also for another station's or an unassigned case (→ 404).</summary>
    public Task<Case?> FindCaseAsync(Guid caseId, CancellationToken ct) => Cases().FirstOrDefaultAsync(k => k.Id == caseId, ct);

    /// <summary>Sensitive notes are shown only to holders of the permission and to their author; others see that a
    /// record exists (it still counts in statistics) but not its text.</summary>
    public bool CanRead(ServiceRecord record) => !record.IsSensitive || SeesSensitive || record.WorkerId == user.StaffId;
}
