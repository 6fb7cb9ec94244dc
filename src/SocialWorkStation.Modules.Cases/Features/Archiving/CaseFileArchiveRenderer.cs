using SocialWorkStation.Modules.Cases.Features.CaseFile;
using SocialWorkStation.Platform.Archives;
using SocialWorkStation.Platform.Identity;
using SocialWorkStation.Platform.Permissions;
using SocialWorkStation.Platform.Results;

namespace SocialWorkStation.Modules.Cases.Features.Archiving;

/// <summary>Renders the case-file PDF for the archive (the same document as 下载服务档案 PDF). Unlike that download it
/// is not limited by <see cref="CaseAccess"/> and redacts no sensitive note: the archivist is not assigned to the case,
/// and what is filed must be the complete file (C8.2.3). So it answers only holders of archives.handoff.view, within
/// the stations they see, and every rendering is access-logged by the case-file handler.</summary>
internal sealed class CaseFileArchiveRenderer(GetCaseFilePdfHandler pdf, ICurrentUser user) : IArchiveRenderer
{
    public string RecordType => CaseFileArchive.RecordType;

    public async Task<Result<RenderedArchiveDocument>> RenderAsync(Guid recordId, string documentKey, CancellationToken ct)
    {
        if (!user.Has(PlatformPermissions.ArchivesHandOffView)) return Error.NotFound();
        if (documentKey != CaseFileArchive.PdfKey) return Error.NotFound();
        var rendered = await pdf.ForArchiveAsync(recordId, ct);
        if (rendered.IsFailure) return rendered.Error!;
        return new RenderedArchiveDocument(rendered.Value!.FileName, "application/pdf", new MemoryStream(rendered.Value.Content, writable: false));
    }
}
