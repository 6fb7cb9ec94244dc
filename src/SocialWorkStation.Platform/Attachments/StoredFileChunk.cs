using SocialWorkStation.Platform.Common;

namespace SocialWorkStation.Platform.Attachments;

/// <summary>One piece of an attachment's bytes in the database file store (<c>Attachments:Store=Database</c>): what
/// several app nodes share. A file is its chunks in <see cref="Seq"/> order, written in one transaction; the attachment
/// row, not this one, is audited.</summary>
public sealed class StoredFileChunk : INotAudited
{
    public string Key { get; set; } = "";
    public int Seq { get; set; }
    public byte[] Data { get; set; } = [];
}
