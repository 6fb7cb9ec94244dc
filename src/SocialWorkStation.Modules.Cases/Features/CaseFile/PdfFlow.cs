using PdfSharp;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace SocialWorkStation.Modules.Cases.Features.CaseFile;

/// <summary>A tiny flow layout over PDFsharp: text wraps within the A4 margins and continues on a new page when the
/// page is full. Chinese has no spaces, so lines break at any character (Latin words are not kept together; for a
/// case file that is acceptable and keeps the helper small).</summary>
internal sealed class PdfFlow : IDisposable
{
    private const double Margin = 50;
    private readonly PdfDocument _document;
    private readonly XFont _body = NewFont(10.5, XFontStyleEx.Regular);
    private readonly XFont _small = NewFont(8.5, XFontStyleEx.Regular);
    private readonly XFont _heading = NewFont(13, XFontStyleEx.Bold);
    private readonly XFont _title = NewFont(17, XFontStyleEx.Bold);
    private readonly string _footer;
    private XGraphics? _gfx;
    private PdfPage? _page;
    private double _y;

    public PdfFlow(PdfDocument document, string footer)
    {
        _document = document;
        _footer = footer;
        NewPage();
    }

    private static XFont NewFont(double size, XFontStyleEx style) =>
        new(CjkFontResolver.Face, size, style, new XPdfFontOptions(PdfFontEncoding.Unicode));

    private double Width => _page!.Width.Point - 2 * Margin;
    private double Bottom => _page!.Height.Point - Margin;

    private void NewPage()
    {
        _gfx?.Dispose();
        _page = _document.AddPage();
        _page.Size = PageSize.A4;
        _gfx = XGraphics.FromPdfPage(_page);
        _gfx.DrawString($"{_footer}  第 {_document.PageCount} 页", _small, XBrushes.Gray,
            new XPoint(Margin, _page.Height.Point - Margin / 2));
        _y = Margin;
    }

    public void Title(string text) => Write(text, _title, 0, 8);
    public void Heading(string text)
    {
        _y += 6;
        // Keep a heading with at least a few lines of its section (no heading alone at the foot of a page).
        if (_y + _heading.Size * 1.5 + _body.Size * 1.5 * 3 > Bottom) NewPage();
        Write(text, _heading, 0, 4);
        _gfx!.DrawLine(XPens.LightGray, Margin, _y - 2, Margin + Width, _y - 2);
        _y += 2;
    }
    public void SubHeading(string text) => Write(text, _body, 0, 2, bold: true);
    public void Paragraph(string? text, double indent = 0) => Write(string.IsNullOrWhiteSpace(text) ? "—" : text, _body, indent, 2);
    public void Field(string label, string? value) => Write($"{label}：{(string.IsNullOrWhiteSpace(value) ? "—" : value)}", _body, 0, 2);
    public void Note(string text) => Write(text, _small, 0, 2);
    public void Space(double points = 4) => _y += points;

    private void Write(string text, XFont font, double indent, double after, bool bold = false)
    {
        if (bold) font = NewFont(font.Size, XFontStyleEx.Bold);
        var lineHeight = font.Size * 1.5;
        foreach (var line in Wrap(text, font, Width - indent))
        {
            if (_y + lineHeight > Bottom) NewPage();
            _gfx!.DrawString(line, font, XBrushes.Black, new XRect(Margin + indent, _y, Width - indent, lineHeight), XStringFormats.TopLeft);
            _y += lineHeight;
        }
        _y += after;
    }

    /// <summary>Greedy per-character breaking, measuring each character once; explicit line breaks are kept.</summary>
    private IEnumerable<string> Wrap(string text, XFont font, double width)
    {
        foreach (var paragraph in text.Replace("\r\n", "\n").Split('\n'))
        {
            var line = new System.Text.StringBuilder();
            double used = 0;
            // Runes, not chars: a rare character outside the BMP (e.g. in a name) is measured and kept whole.
            foreach (var rune in paragraph.EnumerateRunes())
            {
                var ch = rune.ToString();
                var w = _gfx!.MeasureString(ch, font).Width;
                if (used + w > width && line.Length > 0)
                {
                    yield return line.ToString();
                    line.Clear();
                    used = 0;
                }
                line.Append(ch);
                used += w;
            }
            yield return line.ToString();
        }
    }

    public void Dispose() => _gfx?.Dispose();
}
