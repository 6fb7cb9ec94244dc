using SocialWorkStation.Modules.Cases.Domain;
using SocialWorkStation.Platform.Results;

namespace SocialWorkStation.UnitTests.Cases;

/// <summary>The review cycle of a plan version and of a closure request, without a database.</summary>
public class PlanAndClosureTransitionTests
{
    private static readonly DateTime Now = new(2026, 5, 10, 2, 0, 0, DateTimeKind.Utc);

    private static ServicePlan Plan(PlanStatus status) => new() { Status = status, Content = "生活照料", Methods = "个案辅导", VersionNo = 1 };

    private static CaseClosure Closure(ClosureStatus status, Guid? approvalRequestId) => new()
    {
        Status = status, ApprovalRequestId = approvalRequestId, Summary = "旧总结", GoalAttainment = "部分达成", Lessons = "旧经验",
    };

    [Theory]
    [InlineData(PlanStatus.Draft, CaseStatus.Planning)]
    [InlineData(PlanStatus.Returned, CaseStatus.Intervention)]
    public void A_draft_or_returned_plan_is_submitted_for_review(PlanStatus status, CaseStatus caseStatus)
    {
        var plan = Plan(status);
        Assert.True(plan.Submit(caseStatus, Now).IsSuccess);
        Assert.Equal(PlanStatus.UnderReview, plan.Status);
        Assert.Equal(Now, plan.SubmittedAt);
    }

    [Theory]
    [InlineData(PlanStatus.UnderReview)]
    [InlineData(PlanStatus.Approved)]
    [InlineData(PlanStatus.Superseded)]
    public void A_plan_already_submitted_or_approved_is_not_submitted_again(PlanStatus status)
    {
        var plan = Plan(status);
        var result = plan.Submit(CaseStatus.Intervention, Now);
        Assert.Equal(ErrorKind.Rule, result.Error?.Kind);
        Assert.Equal("该计划已提交审核或已审核通过。", result.Error?.Message);
        Assert.Equal(status, plan.Status);
    }

    [Theory]
    [InlineData(CaseStatus.Intake)]
    [InlineData(CaseStatus.Assessment)]
    [InlineData(CaseStatus.ClosurePending)]
    [InlineData(CaseStatus.Closed)]
    public void A_plan_is_submitted_only_while_the_case_is_in_planning_or_intervention(CaseStatus caseStatus)
    {
        var plan = Plan(PlanStatus.Draft);
        var result = plan.Submit(caseStatus, Now);
        Assert.Equal("当前个案状态不能提交服务计划。", result.Error?.Message);
        Assert.Equal(PlanStatus.Draft, plan.Status);
        Assert.Null(plan.SubmittedAt);
    }

    [Fact]
    public void The_review_approves_returns_or_the_author_withdraws_and_the_old_version_is_superseded()
    {
        var approved = Plan(PlanStatus.UnderReview);
        approved.Approve("  同意  ", Now);
        Assert.Equal((PlanStatus.Approved, "同意", (DateTime?)Now), (approved.Status, approved.ReviewComment, approved.ApprovedAt));
        approved.Supersede();
        Assert.Equal(PlanStatus.Superseded, approved.Status);

        var returned = Plan(PlanStatus.UnderReview);
        returned.Return("目标不可衡量");
        Assert.Equal((PlanStatus.Returned, "目标不可衡量"), (returned.Status, returned.ReviewComment));
        Assert.True(returned.IsEditable);

        var withdrawn = Plan(PlanStatus.UnderReview);
        withdrawn.Withdraw();
        Assert.Equal(PlanStatus.Draft, withdrawn.Status);
    }

    [Fact]
    public void A_returned_closure_is_corrected_and_resubmitted()
    {
        var closure = Closure(ClosureStatus.Returned, Guid.CreateVersion7());
        Assert.True(closure.CanBeResubmitted);
        Assert.True(closure.Resubmit(" 新总结 ", " 全部达成 ", "  ", " 新经验 ", Now).IsSuccess);
        Assert.Equal((ClosureStatus.UnderReview, "新总结", "全部达成", (string?)null, "新经验", Now),
            (closure.Status, closure.Summary, closure.GoalAttainment, closure.ClientEvaluation, closure.Lessons, closure.RequestedAt));
    }

    [Theory]
    [InlineData(ClosureStatus.UnderReview, true)]
    [InlineData(ClosureStatus.Approved, true)]
    [InlineData(ClosureStatus.Withdrawn, true)]
    [InlineData(ClosureStatus.Returned, false)]
    public void Only_a_returned_closure_with_its_approval_request_is_resubmitted(ClosureStatus status, bool hasRequest)
    {
        var closure = Closure(status, hasRequest ? Guid.CreateVersion7() : null);
        var result = closure.Resubmit("新总结", "全部达成", null, "新经验", Now);
        Assert.Equal(ErrorKind.Rule, result.Error?.Kind);
        Assert.Equal("只有被退回的结案申请可以重新提交。", result.Error?.Message);
        Assert.Equal(("旧总结", status), (closure.Summary, closure.Status));
    }

    [Fact]
    public void The_supervisor_approves_or_returns_a_closure_and_a_withdrawal_keeps_no_comment()
    {
        var approved = Closure(ClosureStatus.UnderReview, Guid.CreateVersion7());
        approved.Approve("同意结案", Now);
        Assert.Equal((ClosureStatus.Approved, "同意结案", (DateTime?)Now), (approved.Status, approved.ReviewComment, approved.ApprovedAt));

        var returned = Closure(ClosureStatus.UnderReview, Guid.CreateVersion7());
        returned.Return(returned: true, "请补充服务对象评价");
        Assert.Equal((ClosureStatus.Returned, "请补充服务对象评价"), (returned.Status, returned.ReviewComment));

        var withdrawn = Closure(ClosureStatus.UnderReview, Guid.CreateVersion7());
        withdrawn.Return(returned: false, "撤回说明");
        Assert.Equal((ClosureStatus.Withdrawn, (string?)null), (withdrawn.Status, withdrawn.ReviewComment));
    }
}
