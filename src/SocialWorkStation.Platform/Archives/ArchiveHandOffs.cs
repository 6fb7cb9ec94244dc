using Microsoft.EntityFrameworkCore;
using SocialWorkStation.Platform.Identity;
using SocialWorkStation.Platform.Results;

namespace SocialWorkStation.Platform.Archives;

/// <summary>The source modules' side of the hand-off. Works in the caller's unit of work (never saves): the declaration
/// commits with the change that completed the record set, or not at all. The station query filter applies: a module
/// declares records of the stations its user sees, and the write check refuses any other.</summary>
internal sealed class ArchiveHandOffService(IPlatformDb db, ICurrentUser user, TimeProvider clock) : IArchiveHandOffs
{
    public async Task<Result<Guid>> DeclareAsync(ArchiveDeclaration declaration, CancellationToken ct = default)
    {
        if (ArchiveDeclarationRules.Check(declaration) is { } invalid) return invalid;
        var ids = declaration.AttachmentIds.Distinct().ToList();
        // Only files of the record's own station can be sealed with it; an unknown id is the module's mistake.
        var found = ids.Count == 0 ? 0 : await db.Attachments
            .CountAsync(a => ids.Contains(a.Id) && a.StationId == declaration.Source.StationId, ct);
        if (found != ids.Count) return Error.Invalid("attachmentIds", "归档附件不存在或不属于该社工站。");

        var now = clock.GetUtcNow().UtcDateTime;
        var existing = await FindAsync(declaration.Source.RecordType, declaration.Source.RecordId, ct);
        if (existing is null)
        {
            var handOff = ArchiveHandOff.Declare(declaration, user.Id, now);
            db.ArchiveHandOffs.Add(handOff);
            return handOff.Id;
        }
        var redeclared = existing.Redeclare(declaration, user.Id, now);
        return redeclared.IsSuccess ? existing.Id : redeclared.Error!;
    }

    public async Task<Result> WithdrawAsync(string recordType, Guid recordId, CancellationToken ct = default)
    {
        var existing = await FindAsync(recordType, recordId, ct);
        if (existing is null) return Result.Success();
        if (existing.IsSealed) return Error.Conflict($"该记录已归档（档号 {existing.ArchiveNumber}），不能撤回。");
        db.ArchiveHandOffs.Remove(existing);
        return Result.Success();
    }

    public async Task<ArchiveHandOffStatus?> StatusAsync(string recordType, Guid recordId, CancellationToken ct = default) =>
        (await FindAsync(recordType, recordId, ct))?.Status;

    public async Task<bool> IsSealedAsync(string recordType, Guid recordId, CancellationToken ct = default) =>
        await db.ArchiveHandOffs.AnyAsync(h => h.RecordType == recordType && h.RecordId == recordId && h.Status == ArchiveHandOffStatus.Filed, ct);

    // One declared earlier in this unit of work (not saved yet) counts too, so declaring twice still makes one row.
    private async Task<ArchiveHandOff?> FindAsync(string recordType, Guid recordId, CancellationToken ct) =>
        db.ArchiveHandOffs.Local.FirstOrDefault(h => h.RecordType == recordType && h.RecordId == recordId)
        ?? await db.ArchiveHandOffs.FirstOrDefaultAsync(h => h.RecordType == recordType && h.RecordId == recordId, ct);
}

/// <summary>The archives chapter's side (C8, its own module later): file a pending hand-off with its 档号 — which seals
/// the source record — or return it with a reason. Internal until that module exists; tests use it to seal records.</summary>
internal sealed class ArchiveFiling(IPlatformDb db, ICurrentUser user, TimeProvider clock)
{
    public Task<Result> FileAsync(Guid handOffId, string archiveNumber, CancellationToken ct = default) =>
        DecideAsync(handOffId, h => h.File(archiveNumber, user.Id, Now()), ct);

    public Task<Result> ReturnAsync(Guid handOffId, string reason, CancellationToken ct = default) =>
        DecideAsync(handOffId, h => h.Return(reason, user.Id, Now()), ct);

    private async Task<Result> DecideAsync(Guid handOffId, Func<ArchiveHandOff, Result> decide, CancellationToken ct)
    {
        var handOff = await db.ArchiveHandOffs.FirstOrDefaultAsync(h => h.Id == handOffId, ct);
        if (handOff is null) return Error.NotFound();
        var decided = decide(handOff);
        if (decided.IsFailure) return decided;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            // The source module withdrew or re-declared it meanwhile: file what was declared, never something else.
            return Error.Conflict("该移交记录刚刚已被更新，请刷新后重试。");
        }
        return Result.Success();
    }

    private DateTime Now() => clock.GetUtcNow().UtcDateTime;
}
