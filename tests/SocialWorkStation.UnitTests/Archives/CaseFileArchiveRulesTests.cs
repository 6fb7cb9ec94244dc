using SocialWorkStation.Modules.Cases.Domain;
using SocialWorkStation.Modules.Cases.Features.Archiving;
using SocialWorkStation.Platform.Archives;

namespace SocialWorkStation.UnitTests.Archives;

/// <summary>When a case file is complete, how it is titled in the archive list, and how long it is kept.</summary>
public class CaseFileArchiveRulesTests
{
    private static readonly DateOnly Closed = new(2026, 3, 1);

    [Fact]
    public void A_closed_case_with_every_follow_up_recorded_is_complete() =>
        Assert.True(CaseFileArchive.IsComplete(CaseStatus.Closed, [Closed.AddMonths(1), Closed.AddMonths(3)]));

    [Fact]
    public void A_follow_up_still_due_keeps_the_file_open() =>
        Assert.False(CaseFileArchive.IsComplete(CaseStatus.Closed, [Closed.AddMonths(1), null]));

    [Fact]
    public void With_no_follow_ups_scheduled_the_approved_closure_completes_the_file() =>
        Assert.True(CaseFileArchive.IsComplete(CaseStatus.Closed, []));

    [Theory]
    [InlineData(CaseStatus.ClosurePending)]
    [InlineData(CaseStatus.Intervention)]
    [InlineData(CaseStatus.Assessment)]
    [InlineData(CaseStatus.NotAccepted)]
    public void A_case_that_is_not_closed_is_not_complete(CaseStatus status) => Assert.False(CaseFileArchive.IsComplete(status, []));

    [Fact]
    public void The_title_masks_the_clients_name_and_names_the_case_number() =>
        Assert.Equal("王**个案服务档案（GA-2026-0007）", CaseFileArchive.Title("王小明", "GA-2026-0007"));

    [Fact]
    public void An_adults_file_is_kept_ten_years() =>
        Assert.Equal(RetentionPeriod.Years10, CaseFileArchive.Retention(new DateOnly(1950, 3, 15), Closed));

    [Fact]
    public void A_minors_file_is_kept_until_they_turn_eighteen_plus_ten_years()
    {
        Assert.Equal(RetentionPeriod.Years30, CaseFileArchive.Retention(Closed.AddYears(-10), Closed)); // 18 more years needed
        Assert.Equal(RetentionPeriod.Years30, CaseFileArchive.Retention(Closed.AddYears(-18).AddDays(1), Closed)); // a day short of 18
        Assert.Equal(RetentionPeriod.Years10, CaseFileArchive.Retention(Closed.AddYears(-18), Closed)); // 18 on the day of closure
    }

    [Fact]
    public void An_unknown_birth_date_could_be_a_childs_so_the_longer_period_applies() =>
        Assert.Equal(RetentionPeriod.Years30, CaseFileArchive.Retention(null, Closed));
}
