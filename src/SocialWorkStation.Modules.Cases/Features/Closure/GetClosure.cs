using Microsoft.EntityFrameworkCore;
using SocialWorkStation.Modules.Cases.Data;
using SocialWorkStation.Modules.Cases.Domain;
using SocialWorkStation.Platform.Results;
using SocialWorkStation.Platform.Staff;

namespace SocialWorkStation.Modules.Cases.Features.Closure;

internal sealed record FollowUpDto(Guid Id, Guid CaseId, DateOnly DueOn, DateOnly? DoneOn, string? Method, string? Findings,
    string? SupportProvided, bool NeedsReopening, string? RecordedByName, long Version)
{
    /// <summary>The recorder's current name (docs/adr/012); none while the visit is not recorded.</summary>
    public static FollowUpDto From(FollowUp f, StaffNames names) => new(f.Id, f.CaseId, f.DueOn, f.DoneOn, f.Method, f.Findings,
        f.SupportProvided, f.NeedsReopening, f.RecordedById is null ? f.RecordedByName : names.Of(f.RecordedById, f.RecordedByName), f.Version);
}

/// <summary>What the closure tab shows: the case's stage, its latest closure request and its follow-ups.</summary>
internal sealed record ClosureOverview(
    CaseStatus CaseStatus, DateOnly? ClosedOn,
    ClosureDto? Closure, IReadOnlyList<FollowUpDto> FollowUps);

internal sealed class GetClosureHandler(CasesDb db, CaseAccess access, IStaffDirectory staff)
{
    /// <summary>The latest closure request of a case, or 404 when there is none (or the case is not visible).</summary>
    public async Task<Result<ClosureDto>> HandleAsync(Guid caseId, CancellationToken ct = default)
    {
        if (!await access.Cases().AnyAsync(c => c.Id == caseId, ct)) return Error.NotFound();
        var closure = await Latest(caseId, ct);
        return closure is null ? Error.NotFound("该个案还没有结案申请。") : ClosureDto.From(closure, await staff.NamesAsync([closure.RequestedById], ct));
    }

    public async Task<Result<IReadOnlyList<FollowUpDto>>> FollowUpsAsync(Guid caseId, CancellationToken ct = default)
    {
        if (!await access.Cases().AnyAsync(c => c.Id == caseId, ct)) return Error.NotFound();
        return Result.Success(await FollowUps(caseId, ct));
    }

    public async Task<Result<ClosureOverview>> OverviewAsync(Guid caseId, CancellationToken ct = default)
    {
        var item = await access.Cases().AsNoTracking().Select(c => new { c.Id, c.Status, c.ClosedOn }).FirstOrDefaultAsync(c => c.Id == caseId, ct);
        if (item is null) return Error.NotFound();
        var closure = await Latest(caseId, ct);
        var names = closure is null ? StaffNames.None : await staff.NamesAsync([closure.RequestedById], ct);
        return new ClosureOverview(item.Status, item.ClosedOn, closure is null ? null : ClosureDto.From(closure, names), await FollowUps(caseId, ct));
    }

    private Task<CaseClosure?> Latest(Guid caseId, CancellationToken ct) =>
        db.Closures.AsNoTracking().Where(c => c.CaseId == caseId).OrderByDescending(c => c.RequestedAt).FirstOrDefaultAsync(ct);

    // A case has a handful of follow-ups (one per configured month, plus extras), so the list is not paged.
    private async Task<IReadOnlyList<FollowUpDto>> FollowUps(Guid caseId, CancellationToken ct)
    {
        var rows = await db.FollowUps.AsNoTracking().Where(f => f.CaseId == caseId).OrderBy(f => f.DueOn).Take(100).ToListAsync(ct);
        var names = await staff.NamesAsync(rows.Select(f => f.RecordedById ?? Guid.Empty), ct);
        return rows.Select(f => FollowUpDto.From(f, names)).ToList();
    }
}
