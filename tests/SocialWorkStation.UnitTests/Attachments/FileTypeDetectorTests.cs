using System.IO.Compression;
using SocialWorkStation.Platform.Attachments;

namespace SocialWorkStation.UnitTests.Attachments;

public sealed class FileTypeDetectorTests
{
    internal static byte[] Bytes(params byte[] head) => [.. head, .. "rest of the file"u8.ToArray()];

    internal static byte[] Zip(params string[] entries)
    {
        using var memory = new MemoryStream();
        using (var zip = new ZipArchive(memory, ZipArchiveMode.Create, leaveOpen: true))
            foreach (var name in entries)
            {
                using var writer = new StreamWriter(zip.CreateEntry(name).Open());
                writer.Write("<xml/>");
            }
        return memory.ToArray();
    }

    internal static byte[] Docx() => Zip("[Content_Types].xml", "_rels/.rels", "word/document.xml");
    internal static byte[] Xlsx() => Zip("[Content_Types].xml", "_rels/.rels", "xl/workbook.xml", "xl/worksheets/sheet1.xml");

    private static FileKind? Detect(byte[] content) => FileTypeDetector.Detect(new MemoryStream(content));

    [Fact]
    public void A_pdf_is_recognised_by_its_header() =>
        Assert.Equal(FileKind.Pdf, Detect("%PDF-1.7\n%âãÏÓ\n1 0 obj"u8.ToArray()));

    [Fact]
    public void A_jpeg_is_recognised_by_FF_D8_FF() =>
        Assert.Equal(FileKind.Jpeg, Detect(Bytes(0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 0x4A, 0x46)));

    [Fact]
    public void A_png_is_recognised_by_its_eight_byte_signature() =>
        Assert.Equal(FileKind.Png, Detect(Bytes(0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A)));

    [Fact]
    public void A_zip_with_word_document_xml_is_a_docx() => Assert.Equal(FileKind.Docx, Detect(Docx()));

    [Fact]
    public void A_zip_with_xl_workbook_xml_is_an_xlsx() => Assert.Equal(FileKind.Xlsx, Detect(Xlsx()));

    [Fact]
    public void Office_part_names_match_regardless_of_case() => Assert.Equal(FileKind.Docx, Detect(Zip("Word/Document.xml")));

    [Fact]
    [Trait("Clause", "C7.3.1")]
    public void An_executable_is_refused_whatever_it_is_called() => Assert.Null(Detect(Bytes((byte)'M', (byte)'Z', 0x90, 0x00)));

    [Fact]
    public void A_zip_that_is_neither_docx_nor_xlsx_is_refused() => Assert.Null(Detect(Zip("readme.txt", "word/other.xml", "xl/styles.xml")));

    [Fact]
    public void A_file_that_starts_like_a_zip_but_is_not_one_is_refused() => Assert.Null(Detect(Bytes(0x50, 0x4B, 0x03, 0x04, 0x00, 0x01)));

    [Fact]
    public void A_truncated_docx_is_refused() => Assert.Null(Detect(Docx()[..^30]));

    [Theory]
    [InlineData(new byte[0])]
    [InlineData(new byte[] { 0xFF, 0xD8 })]                 // too short for a JPEG
    [InlineData(new byte[] { 0x89, 0x50, 0x4E, 0x47 })]     // half a PNG signature
    [InlineData(new byte[] { 0x25, 0x50, 0x44, 0x46 })]     // "%PDF" without the dash
    [InlineData(new byte[] { 0x3C, 0x68, 0x74, 0x6D, 0x6C, 0x3E })] // "<html>"
    [InlineData(new byte[] { 0x20, 0x25, 0x50, 0x44, 0x46, 0x2D })] // " %PDF-": the magic must be at the start
    public void Anything_else_is_refused(byte[] content) => Assert.Null(Detect(content));

    [Fact]
    public void The_stream_is_rewound_after_detection()
    {
        var stream = new MemoryStream(Docx()) { Position = 5 };
        FileTypeDetector.Detect(stream);
        Assert.Equal(0, stream.Position);
    }

    [Fact]
    public void The_refusal_message_names_every_allowed_type()
    {
        foreach (var name in new[] { "PDF", "JPEG", "PNG", "Word", "Excel" })
            Assert.Contains(name, FileTypeDetector.AllowedTypesMessage);
    }
}
