using System.ComponentModel.DataAnnotations;
using SocialWorkStation.Platform.Common;
using SocialWorkStation.Platform.Results;

namespace SocialWorkStation.Platform.Archives;

/// <summary>移交归档: a record set a module declared complete, waiting for the archivist (待归档), filed with its 档号
/// (已归档, which seals the source record), or sent back (退回). One row per source record. People are referenced by
/// user id, never by a copied name.</summary>
public sealed class ArchiveHandOff : StationEntity
{
    public const int TitleMaxLength = 200;
    public const int ReasonMaxLength = 500;
    public const int ArchiveNumberMaxLength = 50;

    [MaxLength(50)] public required string Module { get; set; }
    [MaxLength(50)] public required string RecordType { get; set; }
    public Guid RecordId { get; set; }
    public ArchiveClass Class { get; set; }
    public int Year { get; set; }
    [MaxLength(TitleMaxLength)] public required string Title { get; set; }
    public DateOnly RecordDate { get; set; }
    public RetentionPeriod Retention { get; set; }
    public List<Guid> AttachmentIds { get; set; } = [];
    public List<ArchiveDocumentRef> Documents { get; set; } = [];
    public ArchiveHandOffStatus Status { get; set; }
    [MaxLength(ReasonMaxLength)] public string? ReturnReason { get; set; }
    /// <summary>档号 (DA/T 22-2015), given by the archives module when it files; null until then.</summary>
    [MaxLength(ArchiveNumberMaxLength)] public string? ArchiveNumber { get; set; }
    public Guid DeclaredById { get; set; }
    public DateTime DeclaredAt { get; set; }
    public Guid? DecidedById { get; set; }
    /// <summary>When it was filed or returned.</summary>
    public DateTime? DecidedAt { get; set; }

    public bool IsSealed => Status == ArchiveHandOffStatus.Filed;

    internal static ArchiveHandOff Declare(ArchiveDeclaration declaration, Guid userId, DateTime now)
    {
        var handOff = new ArchiveHandOff
        {
            StationId = declaration.Source.StationId, Module = declaration.Source.Module, RecordType = declaration.Source.RecordType,
            RecordId = declaration.Source.RecordId, Title = "",
        };
        handOff.Apply(declaration, userId, now);
        return handOff;
    }

    /// <summary>Declaring again updates a pending hand-off and resubmits a returned one; a filed one is sealed.</summary>
    internal Result Redeclare(ArchiveDeclaration declaration, Guid userId, DateTime now)
    {
        if (IsSealed) return Error.Conflict($"该记录已归档（档号 {ArchiveNumber}），不能再修改移交内容。");
        Apply(declaration, userId, now);
        return Result.Success();
    }

    /// <summary>The archives module's step (C8.2.2): only a pending hand-off is filed, and only with its 档号.</summary>
    internal Result File(string archiveNumber, Guid userId, DateTime now)
    {
        if (Status != ArchiveHandOffStatus.Pending) return Error.Conflict("只有待归档的记录可以归档。");
        var number = archiveNumber.Trim();
        if (number.Length is 0 or > ArchiveNumberMaxLength) return Error.Invalid("archiveNumber", "请填写档号（最长 50 个字符）。");
        Status = ArchiveHandOffStatus.Filed;
        ArchiveNumber = number;
        (DecidedById, DecidedAt) = (userId, now);
        return Result.Success();
    }

    /// <summary>退回 (C8.2.3: 齐全完整、签署完备): the archivist says what is missing; the source module declares again.</summary>
    internal Result Return(string reason, Guid userId, DateTime now)
    {
        if (Status != ArchiveHandOffStatus.Pending) return Error.Conflict("只有待归档的记录可以退回。");
        var text = reason.Trim();
        if (text.Length == 0) return Error.Invalid("reason", "退回时必须填写理由。");
        if (text.Length > ReasonMaxLength) return Error.Invalid("reason", "退回理由最长 500 个字符。");
        Status = ArchiveHandOffStatus.Returned;
        ReturnReason = text;
        (DecidedById, DecidedAt) = (userId, now);
        return Result.Success();
    }

    private void Apply(ArchiveDeclaration d, Guid userId, DateTime now)
    {
        Class = d.Class;
        Year = d.Year;
        Title = d.Title.Trim();
        RecordDate = d.RecordDate;
        Retention = d.Retention;
        AttachmentIds = d.AttachmentIds.Distinct().ToList();
        Documents = d.Documents.Select(x => x with { Key = x.Key.Trim(), Name = x.Name.Trim(), ContentType = x.ContentType.Trim() }).ToList();
        Status = ArchiveHandOffStatus.Pending;
        ReturnReason = null;
        (DecidedById, DecidedAt) = (null, null);
        DeclaredById = userId;
        DeclaredAt = now;
    }
}

/// <summary>Shape rules of a declaration: a programming error in the declaring module shows up as a 400 naming the field,
/// not as a half-filled archive entry.</summary>
public static class ArchiveDeclarationRules
{
    public const int MaxAttachments = 1000;
    public const int MaxDocuments = 20;

    public static Error? Check(ArchiveDeclaration d)
    {
        if (d.Source is not { } s) return Error.Invalid("source", "缺少来源记录。");
        if (string.IsNullOrWhiteSpace(s.Module) || s.Module.Length > 50) return Error.Invalid("source.module", "来源模块无效。");
        if (string.IsNullOrWhiteSpace(s.RecordType) || s.RecordType.Length > 50 || !s.RecordType.StartsWith(s.Module + ".", StringComparison.Ordinal))
            return Error.Invalid("source.recordType", "记录类型须以来源模块名加“.”开头（如 cases.case）。");
        if (s.RecordId == Guid.Empty) return Error.Invalid("source.recordId", "缺少来源记录编号。");
        if (s.StationId == Guid.Empty) return Error.Invalid("source.stationId", "缺少来源社工站。");
        if (!Enum.IsDefined(d.Class)) return Error.Invalid("class", "档案门类无效。");
        if (!Enum.IsDefined(d.Retention)) return Error.Invalid("retention", "保管期限无效。");
        // The 年度 is four digits in the 档号.
        if (d.Year is < 1000 or > 9999) return Error.Invalid("year", "年度须为四位年份。");
        if (d.RecordDate == default) return Error.Invalid("recordDate", "缺少记录日期。");
        if (string.IsNullOrWhiteSpace(d.Title)) return Error.Invalid("title", "请填写题名。");
        if (d.Title.Trim().Length > ArchiveHandOff.TitleMaxLength) return Error.Invalid("title", "题名最长 200 个字符。");
        if (d.AttachmentIds is null || d.Documents is null) return Error.Invalid("files", "缺少归档文件清单。");
        // An empty record set has nothing to file.
        if (d.AttachmentIds.Count == 0 && d.Documents.Count == 0) return Error.Invalid("files", "归档文件不能为空。");
        if (d.AttachmentIds.Count > MaxAttachments) return Error.Invalid("attachmentIds", "附件过多。");
        if (d.AttachmentIds.Contains(Guid.Empty)) return Error.Invalid("attachmentIds", "附件编号无效。");
        if (d.Documents.Count > MaxDocuments) return Error.Invalid("documents", "生成文件过多。");
        foreach (var doc in d.Documents)
        {
            if (string.IsNullOrWhiteSpace(doc.Key) || doc.Key.Trim().Length > 50) return Error.Invalid("documents", "生成文件的标识无效。");
            if (string.IsNullOrWhiteSpace(doc.Name) || doc.Name.Trim().Length > 255) return Error.Invalid("documents", "生成文件的名称无效。");
            if (string.IsNullOrWhiteSpace(doc.ContentType) || doc.ContentType.Trim().Length > 100) return Error.Invalid("documents", "生成文件的类型无效。");
        }
        if (d.Documents.Select(x => x.Key.Trim()).Distinct(StringComparer.Ordinal).Count() != d.Documents.Count)
            return Error.Invalid("documents", "生成文件的标识不能重复。");
        return null;
    }
}
