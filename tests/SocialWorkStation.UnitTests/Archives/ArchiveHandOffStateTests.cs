using SocialWorkStation.Platform.Archives;
using SocialWorkStation.Platform.Results;

namespace SocialWorkStation.UnitTests.Archives;

/// <summary>待归档 → 已归档 (sealed) or 退回 → declared again → 待归档; nothing leaves 已归档.</summary>
public class ArchiveHandOffStateTests
{
    private static readonly DateTime Now = new(2026, 3, 1, 2, 0, 0, DateTimeKind.Utc);
    private static readonly Guid Worker = Guid.CreateVersion7();
    private static readonly Guid Archivist = Guid.CreateVersion7();

    private static readonly ArchiveDeclaration Declaration = new(
        new ArchiveSource("cases", "cases.case", Guid.CreateVersion7(), Guid.CreateVersion7()), ArchiveClass.Service, 2026,
        "  张*个案服务档案（GA-2026-0001）  ", new DateOnly(2026, 3, 1), RetentionPeriod.Years10, [Guid.Empty, Guid.Empty],
        [new ArchiveDocumentRef("case-file", "服务档案.pdf", "application/pdf")]);

    [Fact]
    public void A_declaration_is_pending_with_its_source_station_trimmed_title_and_distinct_files()
    {
        var h = ArchiveHandOff.Declare(Declaration, Worker, Now);

        Assert.Equal(ArchiveHandOffStatus.Pending, h.Status);
        Assert.Equal((Declaration.Source.StationId, Declaration.Source.RecordId, "cases.case"), (h.StationId, h.RecordId, h.RecordType));
        Assert.Equal("张*个案服务档案（GA-2026-0001）", h.Title);
        Assert.Single(h.AttachmentIds);
        Assert.Null(h.ArchiveNumber);
        Assert.False(h.IsSealed);
    }

    [Fact]
    public void Filing_needs_an_archive_number_and_seals_the_hand_off()
    {
        var h = ArchiveHandOff.Declare(Declaration, Worker, Now);

        Assert.Equal(ErrorKind.Validation, h.File("  ", Archivist, Now).Error?.Kind);
        Assert.True(h.File(" J001-FW·2026-D10-0001 ", Archivist, Now).IsSuccess);

        Assert.True(h.IsSealed);
        Assert.Equal(("J001-FW·2026-D10-0001", Archivist), (h.ArchiveNumber, h.DecidedById));
    }

    [Fact]
    public void A_filed_hand_off_can_be_neither_declared_again_nor_returned_nor_filed_twice()
    {
        var h = ArchiveHandOff.Declare(Declaration, Worker, Now);
        h.File("J001-FW·2026-D10-0001", Archivist, Now);

        Assert.Equal(ErrorKind.Conflict, h.Redeclare(Declaration with { Title = "新题名" }, Worker, Now).Error?.Kind);
        Assert.Equal(ErrorKind.Conflict, h.Return("缺页", Archivist, Now).Error?.Kind);
        Assert.Equal(ErrorKind.Conflict, h.File("J001-FW·2026-D10-0002", Archivist, Now).Error?.Kind);
        Assert.Equal(("张*个案服务档案（GA-2026-0001）", "J001-FW·2026-D10-0001"), (h.Title, h.ArchiveNumber));
    }

    [Fact]
    public void A_return_needs_a_reason_and_declaring_again_makes_it_pending_without_the_old_reason()
    {
        var h = ArchiveHandOff.Declare(Declaration, Worker, Now);

        Assert.Equal(ErrorKind.Validation, h.Return(" ", Archivist, Now).Error?.Kind);
        Assert.True(h.Return("缺少结案审核意见", Archivist, Now).IsSuccess);
        Assert.Equal((ArchiveHandOffStatus.Returned, "缺少结案审核意见"), (h.Status, h.ReturnReason));
        Assert.Equal(ErrorKind.Conflict, h.File("J001-FW·2026-D10-0001", Archivist, Now).Error?.Kind);

        Assert.True(h.Redeclare(Declaration with { Title = "张*个案服务档案（GA-2026-0001）补充" }, Worker, Now.AddDays(1)).IsSuccess);

        Assert.Equal((ArchiveHandOffStatus.Pending, (string?)null, (Guid?)null), (h.Status, h.ReturnReason, h.DecidedById));
        Assert.Equal(Now.AddDays(1), h.DeclaredAt);
    }
}
