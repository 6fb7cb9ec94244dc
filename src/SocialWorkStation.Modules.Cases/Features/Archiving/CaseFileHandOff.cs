using Microsoft.EntityFrameworkCore;
using SocialWorkStation.Modules.Cases.Data;
using SocialWorkStation.Modules.Cases.Domain;
using SocialWorkStation.Modules.Cases.Features.Clients;
using SocialWorkStation.Modules.Cases.Features.Delivery;
using SocialWorkStation.Platform.Archives;
using SocialWorkStation.Platform.Attachments;
using SocialWorkStation.Platform.Protection;
using SocialWorkStation.Platform.Results;

namespace SocialWorkStation.Modules.Cases.Features.Archiving;

/// <summary>The case file (服务档案, C3.4.3) in the archive hand-off (C8.2.2).</summary>
internal static class CaseFileArchive
{
    public const string Module = "cases";
    public const string RecordType = "cases.case";
    public const string PdfKey = "case-file";

    public static readonly Error Sealed =
        Error.Conflict("该个案的服务档案已归档封存，不能再重新开案、补充回访或修改记录；如需更正，请联系档案管理员。");

    /// <summary>A case file is complete when the service process has ended (C3.5): the closure is approved, and every
    /// follow-up visit it scheduled (Cases:FollowUpMonths, plus any added later) is recorded (C3.5.2). With no follow-ups
    /// configured, the approved closure alone completes it.</summary>
    public static bool IsComplete(CaseStatus status, IEnumerable<DateOnly?> followUpsDone) =>
        status == CaseStatus.Closed && followUpsDone.All(done => done is not null);

    /// <summary>The title shows in the archive list, so it names the client only masked (C1.3.4): 张*个案服务档案（GA-2026-0007）.</summary>
    public static string Title(string clientName, string caseNumber) => $"{Masking.Name(clientName)}个案服务档案（{caseNumber}）";

    /// <summary>Domain notes: a case file is kept 10 years after closure; a minor's until they turn 18 plus 10 years.
    /// An unknown birth date could be a child's, so it gets the longer period (a hint too short cannot be undone).</summary>
    public static RetentionPeriod Retention(DateOnly? birthDate, DateOnly closedOn)
    {
        if (birthDate is not { } born) return RetentionPeriod.Years30;
        var keepUntil = Max(closedOn.AddYears(10), born.AddYears(18 + 10));
        var years = keepUntil.Year - closedOn.Year;
        if (closedOn.AddYears(years) < keepUntil) years++;
        return ArchiveCodes.AtLeast(years);
    }

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;
}

/// <summary>Keeps a case's archive hand-off in step with its process: declared when the file becomes complete, withdrawn
/// when it no longer is (reopened, a follow-up added), and guards a sealed case against change. Called by the use cases
/// that change a closed case, inside their unit of work, so the hand-off commits with the change or not at all.</summary>
internal sealed class CaseFileHandOffHandler(CasesDb db, IArchiveHandOffs handOffs, IPersonalDataProtector protector)
{
    /// <summary>Declares or withdraws after a change to <paramref name="item"/> (tracked, not yet saved). Follow-ups are
    /// read with this unit of work's own pending changes (added, recorded, removed), not only what is stored.</summary>
    public async Task<Result> SyncAsync(Case item, CancellationToken ct)
    {
        await db.FollowUps.Where(f => f.CaseId == item.Id).LoadAsync(ct);
        var followUps = db.FollowUps.Local.Where(f => f.CaseId == item.Id).Select(f => f.DoneOn).ToList();
        if (!CaseFileArchive.IsComplete(item.Status, followUps) || item.ClosedOn is not { } closedOn)
            return await handOffs.WithdrawAsync(CaseFileArchive.RecordType, item.Id, ct);

        var client = await db.Clients.AsNoTracking().Where(c => c.Id == item.ClientId)
            .Select(c => new { c.Name, c.BirthDateCipher }).SingleAsync(ct);
        var records = db.ServiceRecords.Where(r => r.CaseId == item.Id).Select(r => r.Id);
        var attachmentIds = await db.Set<Attachment>()
            .Where(a => a.OwnerType == ServiceRecordAttachmentOwner.Type && records.Contains(a.OwnerId))
            .OrderBy(a => a.UploadedAt).ThenBy(a => a.Id).Select(a => a.Id).ToListAsync(ct);
        var declared = await handOffs.DeclareAsync(new ArchiveDeclaration(
            new ArchiveSource(CaseFileArchive.Module, CaseFileArchive.RecordType, item.Id, item.StationId),
            ArchiveClass.Service, closedOn.Year, CaseFileArchive.Title(client.Name, item.Number), closedOn,
            CaseFileArchive.Retention(ClientBirth.Decode(client.BirthDateCipher, protector), closedOn), attachmentIds,
            [new ArchiveDocumentRef(CaseFileArchive.PdfKey, $"服务档案-{item.Number}.pdf", "application/pdf")]), ct);
        return declared.IsSuccess ? Result.Success() : declared.Error!;
    }

    /// <summary>409 once the case file is filed: the archive holds it as it was sealed.</summary>
    public async Task<Error?> RefuseIfSealedAsync(Guid caseId, CancellationToken ct) =>
        await handOffs.IsSealedAsync(CaseFileArchive.RecordType, caseId, ct) ? CaseFileArchive.Sealed : null;

    /// <summary>Files of a case's records are frozen from the hand-off on: the archivist checks, and the archive seals,
    /// exactly the attachments that were declared. A returned hand-off opens them again for correction.</summary>
    public async Task<bool> FilesFrozenAsync(Guid caseId, CancellationToken ct) =>
        await handOffs.StatusAsync(CaseFileArchive.RecordType, caseId, ct) is ArchiveHandOffStatus.Pending or ArchiveHandOffStatus.Filed;
}
