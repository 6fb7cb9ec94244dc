using System.IO.Compression;
using System.Text.RegularExpressions;
using System.Xml;

namespace SocialWorkStation.Platform.Imports;

/// <summary>Checks an uploaded xlsx before any parser reads it (issue 10): an xlsx is a zip, and a 5 MB upload can inflate
/// to gigabytes (a "zip bomb") or declare a sheet of 16,384 columns that a row-by-row reader turns into huge rows. Every
/// entry's declared uncompressed size and compression ratio, the total, and the first sheet's column count (its dimension
/// and its header row) are checked from the zip directory and a streaming read of the sheet's first row only.</summary>
public static partial class XlsxImportGuard
{
    public const long MaxEntryBytes = 64L * 1024 * 1024;
    public const long MaxTotalBytes = 128L * 1024 * 1024;
    /// <summary>Sheet XML compresses well (~10–20×); a bomb compresses by thousands.</summary>
    public const int MaxRatio = 200;

    /// <summary>Null when the file may be parsed; otherwise the Chinese reason. Leaves the stream at position 0.</summary>
    public static string? Check(Stream xlsx, int maxColumns)
    {
        if (!xlsx.CanSeek) throw new ArgumentException("The upload must be buffered before it is checked.", nameof(xlsx));
        try
        {
            using var zip = new ZipArchive(xlsx, ZipArchiveMode.Read, leaveOpen: true);
            long total = 0;
            foreach (var entry in zip.Entries)
            {
                total += entry.Length;
                if (entry.Length > MaxEntryBytes || total > MaxTotalBytes
                    || (entry.Length > 1024 * 1024 && entry.Length > (long)MaxRatio * Math.Max(1, entry.CompressedLength)))
                    return "文件解压后过大，不像正常的导入台账，请使用导入模板。";
            }
            var sheet = zip.GetEntry("xl/worksheets/sheet1.xml") ?? zip.Entries.FirstOrDefault(e => e.FullName.StartsWith("xl/worksheets/sheet"));
            if (sheet is null) return "文件不是有效的 Excel（.xlsx）文件，请使用导入模板。";
            var columns = FirstRowColumns(sheet);
            return columns > maxColumns ? $"文件的列数（{columns}）超过导入模板的 {maxColumns} 列，请使用导入模板。" : null;
        }
        catch (Exception e) when (e is InvalidDataException or XmlException or IOException)
        {
            return "文件不是有效的 Excel（.xlsx）文件，请使用导入模板。";
        }
        finally
        {
            xlsx.Position = 0;
        }
    }

    /// <summary>The widest of the sheet's declared dimension and its first row, reading no further than that row.</summary>
    private static int FirstRowColumns(ZipArchiveEntry sheet)
    {
        using var stream = sheet.Open();
        using var reader = XmlReader.Create(stream, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
        var widest = 0;
        var inRow = false;
        while (reader.Read())
        {
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "dimension" && reader.GetAttribute("ref") is { } range)
                widest = Math.Max(widest, range.Split(':').Max(ColumnOf));
            else if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "row") inRow = true;
            else if (inRow && reader.NodeType == XmlNodeType.Element && reader.LocalName == "c")
                widest = Math.Max(widest, reader.GetAttribute("r") is { } r ? ColumnOf(r) : widest + 1);
            else if (inRow && reader.NodeType == XmlNodeType.EndElement && reader.LocalName == "row") break;
        }
        return widest;
    }

    /// <summary>"K5" → 11.</summary>
    private static int ColumnOf(string cell)
    {
        var letters = Letters().Match(cell).Value;
        return letters.Aggregate(0, (n, c) => n * 26 + (char.ToUpperInvariant(c) - 'A' + 1));
    }

    [GeneratedRegex("^[A-Za-z]+")] private static partial Regex Letters();
}
