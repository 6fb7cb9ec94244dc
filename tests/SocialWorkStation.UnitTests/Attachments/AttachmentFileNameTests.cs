using SocialWorkStation.Platform.Attachments;

namespace SocialWorkStation.UnitTests.Attachments;

public sealed class AttachmentFileNameTests
{
    [Theory]
    [InlineData("报价单.pdf", "报价单.pdf")]
    [InlineData("C:\\Users\\张三\\Desktop\\报价单.pdf", "报价单.pdf")]
    [InlineData("../../etc/passwd.pdf", "passwd.pdf")]
    [InlineData("a/b\\c.pdf", "c.pdf")]
    [InlineData("  .hidden.pdf. ", "hidden.pdf")]
    [InlineData("a<b>c:d\"e|f?g*h.pdf", "a_b_c_d_e_f_g_h.pdf")]
    [InlineData("line\r\nbreak\t\0.pdf", "linebreak.pdf")]
    public void Paths_control_and_reserved_characters_are_removed(string raw, string expected) =>
        Assert.Equal(expected, AttachmentFileName.Clean(raw, FileKind.Pdf));

    [Fact]
    public void A_right_to_left_override_cannot_disguise_the_extension() =>
        Assert.Equal("invoicefdp.exe.pdf", AttachmentFileName.Clean("invoice\u202Efdp.exe", FileKind.Pdf));

    [Theory]
    [InlineData("x.html", "x.html.pdf")]
    [InlineData("x", "x.pdf")]
    [InlineData("REPORT.PDF", "REPORT.PDF")]
    public void The_name_ends_with_an_extension_of_the_detected_type(string raw, string expected) =>
        Assert.Equal(expected, AttachmentFileName.Clean(raw, FileKind.Pdf));

    [Fact]
    public void Both_jpeg_extensions_are_kept() =>
        Assert.Equal(["a.jpg", "b.jpeg"], new[] { "a.jpg", "b.jpeg" }.Select(n => AttachmentFileName.Clean(n, FileKind.Jpeg)));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("/")]
    [InlineData("\u0001\u0002")]
    public void An_empty_name_becomes_a_generic_one(string? raw) => Assert.Equal("附件.xlsx", AttachmentFileName.Clean(raw, FileKind.Xlsx));

    [Fact]
    public void Long_names_are_cut_to_255_characters_keeping_the_extension()
    {
        var name = AttachmentFileName.Clean(new string('长', 400) + ".docx", FileKind.Docx);
        Assert.Equal(255, name.Length);
        Assert.EndsWith("长.docx", name);
    }

    [Fact]
    public void A_cut_never_splits_a_surrogate_pair()
    {
        // With "ab" in front, the 251st character is the first half of an emoji.
        var emoji = string.Concat(Enumerable.Repeat("😀", 200));
        var name = AttachmentFileName.Clean("ab" + emoji + ".pdf", FileKind.Pdf);
        Assert.Equal("ab" + emoji[..248] + ".pdf", name);
    }

    [Fact]
    public void A_lone_surrogate_is_dropped() => Assert.Equal("ab.pdf", AttachmentFileName.Clean("a\uD800b.pdf", FileKind.Pdf));
}
