using SocialWorkStation.Modules.Cases.Domain;
using SocialWorkStation.Platform.Results;

namespace SocialWorkStation.UnitTests.Cases;

/// <summary>Recording a follow-up visit (C3.5.2) and withdrawing a consent (PIPL), without a database.</summary>
public class FollowUpAndConsentTests
{
    private static readonly DateOnly Today = new(2026, 6, 30);
    private static readonly DateOnly ClosedOn = new(2026, 5, 31);
    private static readonly Guid Worker = Guid.CreateVersion7();

    private static Case ClosedCase() =>
        new() { PresentingNeeds = "独居老人，需要生活照料", Status = CaseStatus.Closed, ClosedOn = ClosedOn, IntakeDate = ClosedOn.AddDays(-90) };

    private static FollowUp Due() => new() { DueOn = ClosedOn.AddMonths(1) };

    private static Consent Given() => new() { Scope = "个案服务", GivenOn = new DateOnly(2026, 3, 1) };

    [Fact]
    public void A_follow_up_of_a_closed_case_is_recorded_with_who_and_what()
    {
        var followUp = Due();
        var result = followUp.Record(ClosedCase(), Today, "电话", "  生活稳定  ", " ", needsReopening: true, Worker, Today);

        Assert.True(result.IsSuccess);
        Assert.Equal(Today, followUp.DoneOn);
        Assert.Equal("生活稳定", followUp.Findings);
        Assert.Null(followUp.SupportProvided);
        Assert.True(followUp.NeedsReopening);
        Assert.Equal(Worker, followUp.RecordedById);
    }

    [Theory]
    [InlineData(CaseStatus.Intervention)]
    [InlineData(CaseStatus.ClosurePending)]
    public void A_follow_up_is_recorded_only_for_a_closed_case(CaseStatus status)
    {
        var item = ClosedCase();
        item.Status = status;
        var followUp = Due();

        var result = followUp.Record(item, Today, "电话", "生活稳定", null, false, Worker, Today);

        Assert.Equal(ErrorKind.Rule, result.Error?.Kind);
        Assert.Equal("只有已结案的个案可以记录跟进回访。", result.Error?.Message);
        Assert.Null(followUp.DoneOn);
    }

    [Theory]
    [InlineData(-1, "回访日期不能早于结案日期。")]
    [InlineData(31, "回访日期不能晚于今天。")]
    public void A_follow_up_day_lies_between_the_closure_and_today(int daysAfterClosure, string message)
    {
        var followUp = Due();
        var result = followUp.Record(ClosedCase(), ClosedOn.AddDays(daysAfterClosure), "电话", "生活稳定", null, false, Worker, Today);

        Assert.Equal(ErrorKind.Validation, result.Error?.Kind);
        Assert.Equal(message, result.Error?.Fields?["doneOn"].Single());
        Assert.Null(followUp.DoneOn);
    }

    [Fact]
    public void A_follow_up_is_recorded_once()
    {
        var followUp = Due();
        Assert.True(followUp.Record(ClosedCase(), Today, "电话", "生活稳定", null, false, Worker, Today).IsSuccess);

        var again = followUp.Record(ClosedCase(), Today, "上门", "改写", null, true, Guid.CreateVersion7(), Today);

        Assert.Equal("该次回访已记录。", again.Error?.Message);
        Assert.Equal("电话", followUp.Method);
        Assert.Equal(Worker, followUp.RecordedById);
    }

    [Fact]
    public void A_withdrawal_is_recorded_and_the_consent_stops_being_active()
    {
        var consent = Given();
        Assert.True(consent.Withdraw(Today, " 本人要求 ", Today).IsSuccess);
        Assert.False(consent.IsActive);
        Assert.Equal(Today, consent.WithdrawnOn);
        Assert.Equal("本人要求", consent.WithdrawalReason);
    }

    [Fact]
    public void A_withdrawn_consent_is_not_withdrawn_again()
    {
        var consent = Given();
        consent.Withdraw(Today.AddDays(-5), "本人要求", Today);

        var again = consent.Withdraw(Today, "再次", Today);

        Assert.Equal(ErrorKind.Rule, again.Error?.Kind);
        Assert.Equal("该知情同意已撤回。", again.Error?.Message);
        Assert.Equal(Today.AddDays(-5), consent.WithdrawnOn);
    }

    [Theory]
    [InlineData(null, "请填写撤回日期。")]
    [InlineData("2026-02-28", "撤回日期不能早于同意日期。")]
    [InlineData("2026-07-01", "撤回日期不能晚于今天。")]
    public void A_withdrawal_needs_a_day_between_the_consent_and_today(string? on, string message)
    {
        var consent = Given();
        var result = consent.Withdraw(on is null ? null : DateOnly.Parse(on), "本人要求", Today);

        Assert.Equal(message, result.Error?.Fields?["withdrawnOn"].Single());
        Assert.True(consent.IsActive);
    }
}
