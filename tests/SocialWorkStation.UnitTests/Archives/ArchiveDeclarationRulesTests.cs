using SocialWorkStation.Platform.Archives;
using SocialWorkStation.Platform.Results;

namespace SocialWorkStation.UnitTests.Archives;

public class ArchiveDeclarationRulesTests
{
    private static readonly ArchiveDeclaration Valid = new(
        new ArchiveSource("cases", "cases.case", Guid.CreateVersion7(), Guid.CreateVersion7()), ArchiveClass.Service, 2026,
        "张*个案服务档案（GA-2026-0001）", new DateOnly(2026, 3, 1), RetentionPeriod.Years10, [Guid.CreateVersion7()],
        [new ArchiveDocumentRef("case-file", "服务档案-GA-2026-0001.pdf", "application/pdf")]);

    private static string? FieldOf(ArchiveDeclaration d) => ArchiveDeclarationRules.Check(d)?.Fields?.Keys.Single();

    [Fact]
    public void A_complete_declaration_passes() => Assert.Null(ArchiveDeclarationRules.Check(Valid));

    [Fact]
    public void A_record_type_must_carry_its_modules_prefix() =>
        Assert.Equal("source.recordType", FieldOf(Valid with { Source = Valid.Source with { RecordType = "case" } }));

    [Fact]
    public void Source_record_and_station_are_required()
    {
        Assert.Equal("source.recordId", FieldOf(Valid with { Source = Valid.Source with { RecordId = Guid.Empty } }));
        Assert.Equal("source.stationId", FieldOf(Valid with { Source = Valid.Source with { StationId = Guid.Empty } }));
    }

    [Theory]
    [InlineData(999)]
    [InlineData(10000)]
    public void The_year_is_four_digits_as_in_the_archive_number(int year) => Assert.Equal("year", FieldOf(Valid with { Year = year }));

    [Fact]
    public void A_title_is_required_and_at_most_200_characters()
    {
        Assert.Equal("title", FieldOf(Valid with { Title = "  " }));
        Assert.Equal("title", FieldOf(Valid with { Title = new string('档', 201) }));
        Assert.Null(ArchiveDeclarationRules.Check(Valid with { Title = new string('档', 200) }));
    }

    [Fact]
    public void Undefined_class_or_retention_values_are_refused()
    {
        Assert.Equal("class", FieldOf(Valid with { Class = (ArchiveClass)99 }));
        Assert.Equal("retention", FieldOf(Valid with { Retention = (RetentionPeriod)99 }));
    }

    [Fact]
    public void An_empty_record_set_has_nothing_to_file() =>
        Assert.Equal("files", FieldOf(Valid with { AttachmentIds = [], Documents = [] }));

    [Fact]
    public void Documents_need_distinct_keys_and_attachments_real_ids()
    {
        var doc = Valid.Documents[0];
        Assert.Equal("documents", FieldOf(Valid with { Documents = [doc, doc with { Name = "副本.pdf" }] }));
        Assert.Equal("attachmentIds", FieldOf(Valid with { AttachmentIds = [Guid.Empty] }));
        Assert.Null(ArchiveDeclarationRules.Check(Valid with { AttachmentIds = [] }));
    }

    [Fact]
    public void The_errors_are_validation_errors_naming_the_field() =>
        Assert.Equal(ErrorKind.Validation, ArchiveDeclarationRules.Check(Valid with { Year = 26 })!.Kind);
}
