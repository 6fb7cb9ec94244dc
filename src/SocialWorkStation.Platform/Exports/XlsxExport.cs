using Microsoft.AspNetCore.Http;
using MiniExcelLibs;

namespace SocialWorkStation.Platform.Exports;

/// <summary>A finished export in a temporary file that deletes itself when the response closes.</summary>
public sealed record ExportFile(Stream Content, string FileName)
{
    public const string XlsxContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public IResult ToXlsxResult() => TypedResults.File(Content, XlsxContentType, FileName);
}

/// <summary>Streams rows into an xlsx (ARCHITECTURE: exports stream, no endpoint loads a whole table): MiniExcel
/// writes each row as the enumerable yields it, so memory stays flat whatever the row count. The zip is built in a
/// temporary file because Kestrel forbids the synchronous writes a zip archive makes on close.</summary>
public static class XlsxExport
{
    public static async Task<ExportFile> WriteAsync<T>(IAsyncEnumerable<T> rows, string fileName, CancellationToken ct)
    {
        var path = Path.Combine(Path.GetTempPath(), $"sws-export-{Guid.NewGuid():N}.xlsx");
        var file = new FileStream(path, FileMode.Create, FileAccess.ReadWrite, FileShare.None, 81920,
            FileOptions.DeleteOnClose | FileOptions.Asynchronous);
        try
        {
            await MiniExcel.SaveAsAsync(file, rows, cancellationToken: ct);
            file.Position = 0;
            return new ExportFile(file, fileName);
        }
        catch
        {
            await file.DisposeAsync();
            throw;
        }
    }
}
