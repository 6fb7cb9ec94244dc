using System.IO.Compression;

namespace SocialWorkStation.Platform.Attachments;

/// <summary>An accepted attachment type: the content type we serve it with and the extensions it may carry.</summary>
public sealed record FileKind(string ContentType, string Label, IReadOnlyList<string> Extensions)
{
    public static readonly FileKind Pdf = new("application/pdf", "PDF", [".pdf"]);
    public static readonly FileKind Jpeg = new("image/jpeg", "JPEG", [".jpg", ".jpeg"]);
    public static readonly FileKind Png = new("image/png", "PNG", [".png"]);
    public static readonly FileKind Docx = new("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "Word", [".docx"]);
    public static readonly FileKind Xlsx = new("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "Excel", [".xlsx"]);

    public static readonly IReadOnlyList<FileKind> All = [Pdf, Jpeg, Png, Docx, Xlsx];
}

/// <summary>Decides what a file is from its bytes. The client's Content-Type and the file name's extension are
/// both chosen by the sender, so neither is consulted: an .exe renamed .pdf is still an .exe (C7.3.1).</summary>
public static class FileTypeDetector
{
    public const string AllowedTypesMessage = "仅支持上传 PDF、JPEG、PNG 图片、Word（.docx）和 Excel（.xlsx）文件。";

    private static readonly byte[] PdfMagic = "%PDF-"u8.ToArray();
    private static readonly byte[] JpegMagic = [0xFF, 0xD8, 0xFF];
    private static readonly byte[] PngMagic = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
    private static readonly byte[] ZipMagic = [0x50, 0x4B, 0x03, 0x04];

    /// <summary>Returns the kind, or null when the content is none of the accepted types. The stream must be
    /// seekable (an Office file is recognised by its ZIP central directory, at the end); it is left at position 0.</summary>
    public static FileKind? Detect(Stream content)
    {
        if (!content.CanSeek) throw new ArgumentException("Type detection needs a seekable stream.", nameof(content));
        try
        {
            content.Position = 0;
            Span<byte> head = stackalloc byte[8];
            var read = content.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
            head = head[..read];
            if (head.StartsWith(PdfMagic)) return FileKind.Pdf;
            if (head.StartsWith(JpegMagic)) return FileKind.Jpeg;
            if (head.StartsWith(PngMagic)) return FileKind.Png;
            if (head.StartsWith(ZipMagic)) return DetectOfficeDocument(content);
            return null;
        }
        finally
        {
            content.Position = 0;
        }
    }

    private static FileKind? DetectOfficeDocument(Stream content)
    {
        content.Position = 0;
        try
        {
            // Read mode on a seekable stream reads only the central directory: nothing is decompressed,
            // so a zip bomb costs nothing here.
            using var zip = new ZipArchive(content, ZipArchiveMode.Read, leaveOpen: true);
            // OPC part names compare case-insensitively (ECMA-376 Part 2, 9.1.1.1).
            bool Has(string part) => zip.Entries.Any(e => string.Equals(e.FullName, part, StringComparison.OrdinalIgnoreCase));
            if (Has("word/document.xml")) return FileKind.Docx;
            if (Has("xl/workbook.xml")) return FileKind.Xlsx;
            return null;
        }
        catch (Exception e) when (e is InvalidDataException or EndOfStreamException)
        {
            return null; // "PK" followed by garbage: not a ZIP at all
        }
    }
}
