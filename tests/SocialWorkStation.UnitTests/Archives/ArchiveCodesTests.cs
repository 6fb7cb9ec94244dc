using SocialWorkStation.Platform.Archives;

namespace SocialWorkStation.UnitTests.Archives;

public class ArchiveCodesTests
{
    [Theory]
    [InlineData(ArchiveClass.Documentary, "WS", "文书")]
    [InlineData(ArchiveClass.Service, "FW", "服务")]
    [InlineData(ArchiveClass.Accounting, "KU", "会计")] // KU, not KJ: KJ is 科技
    [InlineData(ArchiveClass.Materials, "WZ", "物资")]
    [InlineData(ArchiveClass.Personnel, "RS", "人事")]
    [InlineData(ArchiveClass.Photo, "ZP", "照片")]
    public void Each_class_has_its_category_code_and_name(ArchiveClass value, string code, string label) =>
        Assert.Equal((code, label), (value.Code(), value.Label()));

    [Fact]
    public void No_two_classes_share_a_code() =>
        Assert.Equal(Enum.GetValues<ArchiveClass>().Length, Enum.GetValues<ArchiveClass>().Select(c => c.Code()).Distinct().Count());

    [Theory]
    [InlineData(RetentionPeriod.Permanent, "Y", "永久", null)]
    [InlineData(RetentionPeriod.Years30, "D30", "30年", 30)]
    [InlineData(RetentionPeriod.Years10, "D10", "10年", 10)]
    [InlineData(RetentionPeriod.FiveYearsAfterDisposal, "D5", "报废清理后5年", 5)]
    public void Retention_periods_are_written_as_DA_T_22_codes(RetentionPeriod value, string code, string label, int? years) =>
        Assert.Equal((code, label, years), (value.Code(), value.Label(), value.Years()));

    [Theory]
    [InlineData(1, RetentionPeriod.Years10)]
    [InlineData(10, RetentionPeriod.Years10)]
    [InlineData(11, RetentionPeriod.Years30)]
    [InlineData(28, RetentionPeriod.Years30)]
    [InlineData(30, RetentionPeriod.Years30)]
    [InlineData(31, RetentionPeriod.Permanent)]
    public void A_required_number_of_years_rounds_up_to_the_next_standard_period_never_down(int years, RetentionPeriod expected) =>
        Assert.Equal(expected, ArchiveCodes.AtLeast(years));

    [Theory]
    [InlineData(ArchiveHandOffStatus.Pending, "待归档")]
    [InlineData(ArchiveHandOffStatus.Filed, "已归档")]
    [InlineData(ArchiveHandOffStatus.Returned, "退回")]
    public void Statuses_read_as_the_archivist_says_them(ArchiveHandOffStatus status, string label) => Assert.Equal(label, status.Label());
}
