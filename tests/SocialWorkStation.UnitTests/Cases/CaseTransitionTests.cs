using SocialWorkStation.Modules.Cases.Domain;
using SocialWorkStation.Platform.Results;

namespace SocialWorkStation.UnitTests.Cases;

/// <summary>The casework state machine on the entities (Case, ServicePlan, CaseClosure), without a database: each
/// transition's allowed path and each refusal with the message the user sees.</summary>
public class CaseTransitionTests
{
    private static readonly DateOnly Today = new(2026, 5, 10);
    private static readonly DateTime Now = new(2026, 5, 10, 2, 0, 0, DateTimeKind.Utc);
    private static readonly Guid Worker = Guid.CreateVersion7();
    private static readonly Guid Supervisor = Guid.CreateVersion7();

    private static Case InStatus(CaseStatus status) =>
        new() { PresentingNeeds = "独居老人，需要生活照料", Status = status, WorkerId = Worker, IntakeDate = Today.AddDays(-30) };

    private static void Refused(Result result, ErrorKind kind, string message)
    {
        Assert.True(result.IsFailure);
        Assert.Equal(kind, result.Error!.Kind);
        Assert.Equal(message, result.Error.Message);
    }

    [Theory]
    [InlineData(true, CaseStatus.Assessment)]
    [InlineData(false, CaseStatus.NotAccepted)]
    public void The_intake_decision_moves_the_case_to_assessment_or_not_accepted(bool accepted, CaseStatus expected)
    {
        var item = InStatus(CaseStatus.Intake);
        Assert.True(item.DecideIntake(accepted, "  需求明确，符合服务范围  ", Supervisor, deciderIsDirector: false, Today, Now).IsSuccess);
        Assert.Equal(expected, item.Status);
        Assert.Equal(accepted, item.Accepted);
        Assert.Equal("需求明确，符合服务范围", item.SupervisorOpinion);
        Assert.Equal(Today, item.DecidedOn);
        Assert.Equal(Now, item.UpdatedAt);
    }

    [Fact]
    public void The_intake_is_decided_once_and_not_by_the_assigned_worker_unless_director()
    {
        var decided = InStatus(CaseStatus.Assessment);
        Refused(decided.DecideIntake(true, "同意", Supervisor, false, Today, Now), ErrorKind.Rule, "该个案已作出接案决定。");
        Assert.Equal(CaseStatus.Assessment, decided.Status);

        var own = InStatus(CaseStatus.Intake);
        Refused(own.DecideIntake(true, "同意", Worker, false, Today, Now), ErrorKind.Forbidden, "负责社工不能审核自己接的个案，请由督导或站长审核。");
        Assert.Equal(CaseStatus.Intake, own.Status);
        Assert.True(own.DecideIntake(true, "同意", Worker, deciderIsDirector: true, Today, Now).IsSuccess);
    }

    [Fact]
    public void Closure_is_requested_from_intervention_for_any_reason()
    {
        var item = InStatus(CaseStatus.Intervention);
        Assert.True(item.RequestClosure(ClosureReason.GoalsAchieved, hasReturnedClosure: false, Now).IsSuccess);
        Assert.Equal(CaseStatus.ClosurePending, item.Status);
        Assert.Equal(Now, item.UpdatedAt);
    }

    [Theory]
    [InlineData(CaseStatus.Assessment, ClosureReason.LostContact)]
    [InlineData(CaseStatus.Planning, ClosureReason.Deceased)]
    [InlineData(CaseStatus.Planning, ClosureReason.Referred)]
    public void Before_intervention_closure_is_requested_only_for_reasons_outside_the_workers_control(CaseStatus status, ClosureReason reason)
    {
        var item = InStatus(status);
        Assert.True(item.RequestClosure(reason, false, Now).IsSuccess);
        Assert.Equal(CaseStatus.ClosurePending, item.Status);
        Refused(InStatus(status).RequestClosure(ClosureReason.GoalsAchieved, false, Now), ErrorKind.Rule, "该个案当前阶段不能申请结案。");
    }

    [Theory]
    [InlineData(CaseStatus.ClosurePending, "该个案的结案申请正在审核中。")]
    [InlineData(CaseStatus.Closed, "该个案已结案。")]
    [InlineData(CaseStatus.Intake, "该个案当前阶段不能申请结案。")]
    [InlineData(CaseStatus.NotAccepted, "该个案当前阶段不能申请结案。")]
    public void Closure_is_refused_in_other_stages(CaseStatus status, string message)
    {
        var item = InStatus(status);
        Refused(item.RequestClosure(ClosureReason.LostContact, false, Now), ErrorKind.Rule, message);
        Assert.Equal(status, item.Status);
    }

    [Fact]
    public void A_case_with_a_returned_closure_resubmits_it_instead_of_requesting_another()
    {
        var item = InStatus(CaseStatus.Intervention);
        Refused(item.RequestClosure(ClosureReason.GoalsAchieved, hasReturnedClosure: true, Now), ErrorKind.Rule, "该个案有被退回的结案申请，请修改后重新提交。");
        Assert.Equal(CaseStatus.Intervention, item.Status);

        item.ResubmitClosure(Now);
        Assert.Equal(CaseStatus.ClosurePending, item.Status);
    }

    [Fact]
    public void An_approved_closure_closes_the_case_today_and_a_returned_one_resumes_services()
    {
        var closed = InStatus(CaseStatus.ClosurePending);
        closed.Close(Today, Now);
        Assert.Equal(CaseStatus.Closed, closed.Status);
        Assert.Equal(Today, closed.ClosedOn);
        Assert.False(closed.IsOpen);

        var withPlan = InStatus(CaseStatus.ClosurePending);
        withPlan.ResumeServices(hasApprovedPlan: true, Now);
        Assert.Equal(CaseStatus.Intervention, withPlan.Status);
        var withoutPlan = InStatus(CaseStatus.ClosurePending);
        withoutPlan.ResumeServices(hasApprovedPlan: false, Now);
        Assert.Equal(CaseStatus.Planning, withoutPlan.Status);
    }

    [Fact]
    public void Only_a_closed_case_is_reopened_and_it_goes_back_to_assessment()
    {
        var item = InStatus(CaseStatus.ClosurePending);
        item.Close(Today, Now);
        Assert.True(item.Reopen(Now.AddDays(40)).IsSuccess);
        Assert.Equal(CaseStatus.Assessment, item.Status);
        Assert.Null(item.ClosedOn);
        Assert.Equal(Now.AddDays(40), item.UpdatedAt);

        foreach (var status in Enum.GetValues<CaseStatus>().Where(s => s != CaseStatus.Closed))
        {
            var open = InStatus(status);
            Refused(open.Reopen(Now), ErrorKind.Rule, "只有已结案的个案可以重新开案。");
            Assert.Equal(status, open.Status);
        }
    }

    [Fact]
    public void The_first_assessment_moves_the_case_to_planning_and_a_reassessment_keeps_the_stage()
    {
        var item = InStatus(CaseStatus.Assessment);
        Assert.True(item.Assessed());
        Assert.Equal(CaseStatus.Planning, item.Status);
        var later = InStatus(CaseStatus.Intervention);
        Assert.False(later.Assessed());
        Assert.Equal(CaseStatus.Intervention, later.Status);
    }

    [Fact]
    public void An_approved_plan_starts_intervention_and_sets_the_next_review()
    {
        var planning = InStatus(CaseStatus.Planning);
        planning.PlanApproved(Today.AddDays(90), Now);
        Assert.Equal((CaseStatus.Intervention, (DateOnly?)Today.AddDays(90)), (planning.Status, planning.NextReviewDue));
        var revised = InStatus(CaseStatus.Intervention);
        revised.PlanApproved(Today.AddDays(90), Now);
        Assert.Equal(CaseStatus.Intervention, revised.Status);
    }
}
