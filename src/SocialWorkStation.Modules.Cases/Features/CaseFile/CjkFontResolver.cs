using System.Buffers.Binary;
using PdfSharp.Fonts;

namespace SocialWorkStation.Modules.Cases.Features.CaseFile;

/// <summary>Serves one Chinese TrueType face for every family PDFsharp asks for. PDFsharp cannot read .ttc collections,
/// and Debian ships its CJK fonts only as collections, so the first face is cut out into a standalone font.</summary>
internal sealed class CjkFontResolver : IFontResolver
{
    public const string Face = "SwsCjk";
    private static readonly string[] Candidates =
    [
        "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
        "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
    ];

    private static readonly Lazy<byte[]> Font = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);
    private static readonly object Gate = new();

    /// <summary>PDFsharp's resolver is process-wide and may be set only once, before the first font is used.</summary>
    public static void EnsureInstalled()
    {
        if (GlobalFontSettings.FontResolver is CjkFontResolver) return;
        lock (Gate)
        {
            if (GlobalFontSettings.FontResolver is null) GlobalFontSettings.FontResolver = new CjkFontResolver();
        }
    }

    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic) =>
        // One face only: bold is simulated, which is enough for headings.
        new(Face, mustSimulateBold: bold, mustSimulateItalic: italic);

    public byte[]? GetFont(string faceName) => Font.Value;

    private static byte[] Load()
    {
        foreach (var path in Candidates)
            if (File.Exists(path)) return ExtractFirstFace(File.ReadAllBytes(path));
        throw new FileNotFoundException("No CJK font found; install fonts-wqy-zenhei.", Candidates[0]);
    }

    /// <summary>Copies face 0 of a TrueType collection into a standalone sfnt: its offset table and table directory,
    /// then each table (4-byte aligned) with the directory offsets rewritten. A plain font is returned unchanged.</summary>
    public static byte[] ExtractFirstFace(byte[] ttc)
    {
        var span = ttc.AsSpan();
        if (!span[..4].SequenceEqual("ttcf"u8)) return ttc;
        if (BinaryPrimitives.ReadUInt32BigEndian(span[8..]) == 0) throw new InvalidDataException("Empty font collection.");
        var start = (int)BinaryPrimitives.ReadUInt32BigEndian(span[12..]);
        int numTables = BinaryPrimitives.ReadUInt16BigEndian(span[(start + 4)..]);
        var headerLength = 12 + 16 * numTables;

        var tables = new (int Offset, int Length)[numTables];
        var size = headerLength;
        for (var i = 0; i < numTables; i++)
        {
            var entry = span[(start + 12 + 16 * i)..];
            tables[i] = ((int)BinaryPrimitives.ReadUInt32BigEndian(entry[8..]), (int)BinaryPrimitives.ReadUInt32BigEndian(entry[12..]));
            size += (tables[i].Length + 3) & ~3;
        }

        var font = new byte[size];
        span.Slice(start, headerLength).CopyTo(font);
        var position = headerLength;
        for (var i = 0; i < numTables; i++)
        {
            span.Slice(tables[i].Offset, tables[i].Length).CopyTo(font.AsSpan(position));
            BinaryPrimitives.WriteUInt32BigEndian(font.AsSpan(12 + 16 * i + 8), (uint)position);
            position += (tables[i].Length + 3) & ~3;
        }
        return font;
    }
}
