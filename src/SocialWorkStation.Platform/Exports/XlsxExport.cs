using Microsoft.AspNetCore.Http;
using System.Reflection;
using System.Runtime.CompilerServices;
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
            await MiniExcel.SaveAsAsync(file, Neutralised(rows, ct), cancellationToken: ct);
            file.Position = 0;
            return new ExportFile(file, fileName);
        }
        catch
        {
            await file.DisposeAsync();
            throw;
        }
    }

    /// <summary>A text cell that begins with = + - @ (or a tab or carriage return) is taken for a formula once the sheet is
    /// edited or saved as CSV ("formula injection", issue 10): such text gets a leading apostrophe, so it stays text.</summary>
    public static string Neutralise(string text) => text.Length > 0 && "=+-@\t\r".Contains(text[0]) ? "'" + text : text;

    private static async IAsyncEnumerable<T> Neutralised<T>(IAsyncEnumerable<T> rows, [EnumeratorCancellation] CancellationToken ct)
    {
        var texts = typeof(T).GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.PropertyType == typeof(string) && p.CanRead && p.CanWrite).ToArray();
        await foreach (var row in rows.WithCancellation(ct))
        {
            foreach (var p in texts)
                if (p.GetValue(row) is string { Length: > 0 } text && Neutralise(text) is var safe && !ReferenceEquals(safe, text))
                    p.SetValue(row, safe);
            yield return row;
        }
    }
}
