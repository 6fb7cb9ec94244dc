using SocialWorkStation.Modules.Rectification.Contracts;
using SocialWorkStation.Modules.Rectification.Domain;
using SocialWorkStation.Platform.Results;

namespace SocialWorkStation.UnitTests.Rectification;

/// <summary>The rules of a finding and its corrective actions, without a database (Finding, CorrectiveAction).</summary>
public class FindingRulesTests
{
    private static readonly DateOnly Today = new(2026, 5, 10);
    private static readonly DateTime Now = new(2026, 5, 10, 2, 0, 0, DateTimeKind.Utc);
    private static readonly Guid Station = Guid.CreateVersion7();
    private static readonly Guid Director = Guid.CreateVersion7();
    private static readonly Guid Owner = Guid.CreateVersion7();
    private static readonly Guid Supervisor = Guid.CreateVersion7();

    private static RaiseFindingRequest Request(DateOnly? dueOn = null) => new()
    {
        Source = FindingSource.Inspection, SourceText = "5月内部督导检查", Severity = FindingSeverity.Major,
        Title = "服务记录未及时录入", Description = "抽查 10 个个案，3 个个案近两月无服务记录", DueOn = dueOn,
    };

    private static Finding Raised(DateOnly? dueOn = null)
    {
        var raised = Finding.Raise(Request(dueOn), Station, Director, Now, Today);
        Assert.True(raised.IsSuccess, raised.Error?.Message);
        return raised.Value!;
    }

    private static (Finding Finding, CorrectiveAction Action) WithAction(DateOnly? dueOn = null)
    {
        var finding = Raised();
        var added = finding.AddAction("建立服务记录周检制度", Owner, dueOn ?? Today.AddDays(14), Director, Now, Today);
        Assert.True(added.IsSuccess, added.Error?.Message);
        return (finding, added.Value!);
    }

    private static (Finding Finding, CorrectiveAction Action) Completed()
    {
        var (finding, action) = WithAction();
        Assert.True(finding.CompleteAction(action.Id, Owner, "已建立周检制度并补录记录", evidenceCount: 1, Now).IsSuccess);
        return (finding, action);
    }

    private static void AssertFails(Result result, ErrorKind kind, string? field = null)
    {
        Assert.True(result.IsFailure);
        Assert.Equal(kind, result.Error!.Kind);
        if (field is not null) Assert.True(result.Error.Fields!.ContainsKey(field), string.Join(",", result.Error.Fields.Keys));
    }

    [Fact]
    public void A_raised_finding_waits_for_actions_and_its_timeline_starts_with_the_raising()
    {
        var finding = Raised(Today.AddDays(30));

        Assert.Equal(FindingStatus.Open, finding.Status);
        Assert.Equal(Station, finding.StationId);
        Assert.Equal(Director, finding.RaisedById);
        var raised = Assert.Single(finding.Events);
        Assert.Equal(FindingEventKind.Raised, raised.Kind);
        Assert.Equal(Director, raised.ActorId);
    }

    [Fact]
    public void A_deadline_before_today_is_refused()
    {
        AssertFails(Finding.Raise(Request(Today.AddDays(-1)), Station, Director, Now, Today), ErrorKind.Validation, "dueOn");
    }

    [Fact]
    public void A_source_record_without_its_module_is_refused()
    {
        var request = Request();
        request.SourceRecordId = Guid.CreateVersion7();
        AssertFails(Finding.Raise(request, Station, Director, Now, Today), ErrorKind.Validation, "sourceModule");
    }

    [Fact]
    public void The_first_action_starts_the_rectification_and_actions_are_numbered_in_order()
    {
        var finding = Raised();
        var first = finding.AddAction("补录服务记录", Owner, Today.AddDays(7), Director, Now, Today).Value!;
        var second = finding.AddAction("建立周检制度", Supervisor, Today.AddDays(14), Director, Now, Today).Value!;

        Assert.Equal(FindingStatus.InProgress, finding.Status);
        Assert.Equal(new[] { 1, 2 }, new[] { first.Seq, second.Seq });
        Assert.Equal(ActionStatus.Pending, first.Status);
        Assert.Equal(Owner, first.OwnerId);
        Assert.Equal(2, finding.Events.Count(e => e.Kind == FindingEventKind.ActionAdded));
    }

    [Fact]
    public void An_action_cannot_be_due_after_the_findings_deadline_nor_before_today()
    {
        var finding = Raised(Today.AddDays(10));
        AssertFails(finding.AddAction("措施", Owner, Today.AddDays(11), Director, Now, Today), ErrorKind.Validation, "dueOn");
        AssertFails(finding.AddAction("措施", Owner, Today.AddDays(-1), Director, Now, Today), ErrorKind.Validation, "dueOn");
        Assert.True(finding.AddAction("措施", Owner, Today.AddDays(10), Director, Now, Today).IsSuccess);
    }

    [Fact]
    public void Only_the_owner_completes_an_action()
    {
        var (finding, action) = WithAction();
        AssertFails(finding.CompleteAction(action.Id, Supervisor, "已完成", 1, Now), ErrorKind.Forbidden);
        Assert.Equal(ActionStatus.Pending, action.Status);
    }

    [Fact]
    public void Completion_needs_evidence_and_a_note()
    {
        var (finding, action) = WithAction();
        AssertFails(finding.CompleteAction(action.Id, Owner, "已完成", evidenceCount: 0, Now), ErrorKind.Validation, "evidence");
        AssertFails(finding.CompleteAction(action.Id, Owner, "  ", evidenceCount: 2, Now), ErrorKind.Validation, "note");
        Assert.Equal(ActionStatus.Pending, action.Status);

        Assert.True(finding.CompleteAction(action.Id, Owner, "已完成", evidenceCount: 2, Now).IsSuccess);
        Assert.Equal(ActionStatus.Completed, action.Status);
        Assert.Equal(Owner, action.CompletedById);
        AssertFails(finding.CompleteAction(action.Id, Owner, "再次提交", 2, Now), ErrorKind.Rule);
    }

    [Fact]
    public void The_owner_cannot_verify_their_own_action()
    {
        var (finding, action) = Completed();

        AssertFails(finding.VerifyAction(action.Id, Owner, "自查合格", Now), ErrorKind.Forbidden);
        AssertFails(finding.ReturnAction(action.Id, Owner, "自己退回", Now), ErrorKind.Forbidden);
        Assert.Equal(ActionStatus.Completed, action.Status);
        Assert.False(action.MayBeVerifiedBy(Owner));
    }

    [Fact]
    public void Whoever_reported_the_action_done_cannot_verify_it_either()
    {
        var (finding, action) = WithAction();
        // The owner was changed after someone else reported the work done (e.g. a hand-over).
        action.Status = ActionStatus.Completed;
        action.CompletedById = Supervisor;

        AssertFails(finding.VerifyAction(action.Id, Supervisor, "合格", Now), ErrorKind.Forbidden);
        Assert.True(finding.VerifyAction(action.Id, Director, "合格", Now).IsSuccess);
    }

    [Fact]
    public void A_second_person_verifies_a_completed_action()
    {
        var (finding, action) = Completed();

        Assert.True(action.MayBeVerifiedBy(Supervisor));
        Assert.True(finding.VerifyAction(action.Id, Supervisor, "抽查 3 个个案，记录完整", Now).IsSuccess);

        Assert.Equal(ActionStatus.Verified, action.Status);
        Assert.Equal(Supervisor, action.VerifiedById);
        var verified = finding.Events.Last();
        Assert.Equal(FindingEventKind.ActionVerified, verified.Kind);
        Assert.Equal(action.Seq, verified.ActionSeq);
        Assert.Equal("抽查 3 个个案，记录完整", verified.Note);
    }

    [Fact]
    public void An_action_not_yet_reported_done_cannot_be_verified()
    {
        var (finding, action) = WithAction();
        AssertFails(finding.VerifyAction(action.Id, Supervisor, null, Now), ErrorKind.Rule);
        AssertFails(finding.ReturnAction(action.Id, Supervisor, "未完成", Now), ErrorKind.Rule);
    }

    [Fact]
    public void Sending_back_needs_a_reason_and_gives_the_action_back_to_its_owner()
    {
        var (finding, action) = Completed();
        AssertFails(finding.ReturnAction(action.Id, Supervisor, " ", Now), ErrorKind.Validation, "reason");

        Assert.True(finding.ReturnAction(action.Id, Supervisor, "缺少周检记录表", Now).IsSuccess);
        Assert.Equal(ActionStatus.Returned, action.Status);
        Assert.Equal("缺少周检记录表", action.ReturnReason);
        Assert.Equal(1, action.ReturnCount);
        Assert.Null(action.CompletedById);
        Assert.True(action.MayBeCompletedBy(Owner));

        Assert.True(finding.CompleteAction(action.Id, Owner, "已补充周检记录表", 2, Now).IsSuccess);
        Assert.True(finding.VerifyAction(action.Id, Supervisor, null, Now).IsSuccess);
        Assert.Null(action.ReturnReason);
    }

    [Fact]
    public void A_finding_without_actions_or_with_an_unverified_action_cannot_be_closed()
    {
        var empty = Raised();
        AssertFails(empty.Close(Director, "已整改", Now, Today), ErrorKind.Rule);

        var (finding, first) = Completed();
        var second = finding.AddAction("组织全员培训", Owner, Today.AddDays(7), Director, Now, Today).Value!;
        Assert.True(finding.VerifyAction(first.Id, Supervisor, null, Now).IsSuccess);

        AssertFails(finding.Close(Director, "已整改", Now, Today), ErrorKind.Rule);
        Assert.False(finding.CanClose);
        Assert.Equal(FindingStatus.InProgress, finding.Status);
        Assert.Equal(ActionStatus.Pending, second.Status);
    }

    [Fact]
    public void A_finding_closes_once_every_action_is_verified_and_then_takes_no_more_actions()
    {
        var (finding, action) = Completed();
        Assert.True(finding.VerifyAction(action.Id, Supervisor, null, Now).IsSuccess);
        Assert.True(finding.CanClose);
        AssertFails(finding.Close(Director, "", Now, Today), ErrorKind.Validation, "conclusion");

        Assert.True(finding.Close(Director, "全部措施经验证落实到位，同意销号", Now, Today).IsSuccess);

        Assert.Equal(FindingStatus.Closed, finding.Status);
        Assert.Equal(Today, finding.ClosedOn);
        Assert.Equal(Director, finding.ClosedById);
        Assert.Equal(FindingEventKind.Closed, finding.Events.Last().Kind);
        AssertFails(finding.AddAction("新措施", Owner, Today.AddDays(3), Director, Now, Today), ErrorKind.Rule);
        AssertFails(finding.Close(Director, "再次销号", Now, Today), ErrorKind.Rule);
    }

    [Fact]
    public void Only_work_still_to_do_is_overdue()
    {
        var (finding, action) = WithAction(Today.AddDays(1));
        var later = Today.AddDays(2);
        Assert.False(action.IsOverdue(Today.AddDays(1)));
        Assert.True(action.IsOverdue(later));
        Assert.True(finding.IsOverdue(later));

        Assert.True(finding.CompleteAction(action.Id, Owner, "已完成", 1, Now).IsSuccess);
        Assert.False(action.IsOverdue(later)); // waiting for the verifier, not for the owner
        Assert.True(finding.ReturnAction(action.Id, Supervisor, "证据不足", Now).IsSuccess);
        Assert.True(action.IsOverdue(later));
    }

    [Fact]
    public void A_finding_past_its_own_deadline_is_overdue_until_closed()
    {
        var finding = Raised(Today);
        Assert.False(finding.IsOverdue(Today));
        Assert.True(finding.IsOverdue(Today.AddDays(1)));

        finding.Status = FindingStatus.Closed;
        Assert.False(finding.IsOverdue(Today.AddDays(1)));
    }
}
