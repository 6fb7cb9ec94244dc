using Microsoft.EntityFrameworkCore;
using SocialWorkStation.Platform.Common;
using SocialWorkStation.Platform.Identity;
using SocialWorkStation.Platform.Numbering;
using SocialWorkStation.Platform.Results;

namespace SocialWorkStation.Platform.Approvals;

/// <summary>Runs configured multi-step flows. Every method saves the caller's pending changes with it, in one transaction;
/// the subject's module hears the outcome (OnOutcomeAsync) inside that same transaction, so both commit or neither.</summary>
internal sealed class ApprovalEngine(
    IPlatformDb db, ICurrentUser user, INumbering numbering, TimeProvider clock,
    IEnumerable<IApprovalSubjectHandler> handlers, ApprovalEligibility eligibility) : IApprovals
{
    public const string NumberKind = "SQ";

    public async Task<Result<Guid>> StartAsync(ApprovalStart start, CancellationToken ct = default)
    {
        if (user.StationId is not { } stationId) return Error.Rule("请先在页面顶部选择一个社工站。");
        var flow = await db.ApprovalFlows.AsNoTracking().Include(f => f.Steps)
            .Where(f => f.OrganisationId == user.OrganisationId && f.SubjectType == start.SubjectType
                        && (f.StationId == stationId || f.StationId == null))
            .OrderBy(f => f.StationId == null) // the station's own flow wins over the county default
            .FirstOrDefaultAsync(ct);
        // Amount-threshold steps apply only from their threshold up (C4.3.2 支出审批).
        var steps = flow?.Steps.Where(s => s.MinAmountFen is null || (start.AmountFen ?? 0) >= s.MinAmountFen)
            .OrderBy(s => s.Order).ToList() ?? [];
        if (steps.Count == 0) return Error.Rule("该事项尚未配置审批流程，请联系系统管理员。");

        var now = Now();
        var request = new ApprovalRequest
        {
            StationId = stationId, SubjectType = start.SubjectType, Title = start.Title, Summary = start.Summary,
            AmountFen = start.AmountFen, RequesterId = user.Id, RequesterName = user.DisplayName,
            Status = ApprovalStatus.Pending, CurrentStep = 1, SubmittedAt = now, LastActionAt = now,
            Steps = steps.Select((s, i) => new ApprovalRequestStep
            {
                Order = i + 1, Name = s.Name, Role = s.Role, Permission = s.Permission, RequireAll = s.RequireAll,
            }).ToList(),
        };
        request.SubjectId = start.SubjectId == Guid.Empty ? request.Id : start.SubjectId;
        request.History.Add(Action(request, ApprovalDecision.Submitted, null, now));
        var saved = await InTransactionAsync(async () =>
        {
            request.Number = await numbering.NextAsync(NumberKind, stationId, ct);
            db.ApprovalRequests.Add(request);
            return Result.Success();
        }, ct);
        return saved.IsSuccess ? request.Id : saved.Error!;
    }

    public Task<Result> ApproveAsync(Guid requestId, string? comment, CancellationToken ct = default) =>
        DecideAsync(requestId, ct, async request =>
        {
            var step = request.Steps.Single(s => s.Order == request.CurrentStep);
            if (request.History.Any(a => a.Round == request.Round && a.StepOrder == step.Order && a.UserId == user.Id && a.Decision == ApprovalDecision.Approved))
                return Error.Conflict("您已审批过此步骤。");
            var now = Now();
            request.History.Add(Action(request, ApprovalDecision.Approved, comment, now));
            if (step.RequireAll && !await eligibility.AllApprovedAsync(request, step, ct)) return Result.Success();
            if (request.Steps.Any(s => s.Order == step.Order + 1))
            {
                request.CurrentStep = step.Order + 1;
                return Result.Success();
            }
            request.Status = ApprovalStatus.Approved;
            request.CompletedAt = now;
            return await NotifyAsync(request, comment, ct);
        });

    public Task<Result> RejectAsync(Guid requestId, string reason, CancellationToken ct = default)
    {
        // Checked before anything is loaded: a return without a reason is malformed input, whoever sends it.
        if (string.IsNullOrWhiteSpace(reason)) return Task.FromResult<Result>(Error.Invalid("reason", "退回时必须填写理由。"));
        return DecideAsync(requestId, ct, async request =>
        {
            request.History.Add(Action(request, ApprovalDecision.Rejected, reason, Now()));
            request.Status = ApprovalStatus.Returned;
            return await NotifyAsync(request, reason, ct);
        });
    }

    public Task<Result> ResubmitAsync(Guid requestId, string? comment, CancellationToken ct = default) =>
        RequesterActsAsync(requestId, [ApprovalStatus.Returned], ct, request =>
        {
            request.Round++;
            request.CurrentStep = 1;
            request.Status = ApprovalStatus.Pending;
            request.History.Add(Action(request, ApprovalDecision.Resubmitted, comment, Now()));
            return Task.FromResult(Result.Success());
        });

    public Task<Result> WithdrawAsync(Guid requestId, string? comment, CancellationToken ct = default) =>
        RequesterActsAsync(requestId, [ApprovalStatus.Pending, ApprovalStatus.Returned], ct, async request =>
        {
            var now = Now();
            request.Status = ApprovalStatus.Withdrawn;
            request.CompletedAt = now;
            request.History.Add(Action(request, ApprovalDecision.Withdrawn, comment, now));
            return await NotifyAsync(request, comment, ct);
        });

    private Task<Result> DecideAsync(Guid requestId, CancellationToken ct, Func<ApprovalRequest, Task<Result>> decide) =>
        InTransactionAsync(async () =>
        {
            var request = await LoadAsync(requestId, ct);
            if (request is null) return Error.NotFound();
            // First, whatever the state: nobody decides on their own request, not even a director.
            if (request.RequesterId == user.Id) return Error.Forbidden("不能审批自己提交的申请。");
            if (request.Status != ApprovalStatus.Pending) return Error.Conflict("该申请已不在审批中。");
            var step = request.Steps.Single(s => s.Order == request.CurrentStep);
            if (!ApprovalEligibility.CanAct(user, step)) return Error.Forbidden("您不是当前步骤的审批人。");
            request.LastActionAt = Now();
            return await decide(request);
        }, ct);

    private Task<Result> RequesterActsAsync(Guid requestId, ApprovalStatus[] allowed, CancellationToken ct, Func<ApprovalRequest, Task<Result>> act) =>
        InTransactionAsync(async () =>
        {
            var request = await LoadAsync(requestId, ct);
            if (request is null) return Error.NotFound();
            if (request.RequesterId != user.Id) return Error.Forbidden("只有申请人可以执行此操作。");
            if (!allowed.Contains(request.Status)) return Error.Conflict("该申请当前状态不允许此操作。");
            request.LastActionAt = Now();
            return await act(request);
        }, ct);

    private Task<ApprovalRequest?> LoadAsync(Guid id, CancellationToken ct) =>
        db.ApprovalRequests.Include(r => r.Steps).Include(r => r.History).FirstOrDefaultAsync(r => r.Id == id, ct);

    private async Task<Result> NotifyAsync(ApprovalRequest request, string? comment, CancellationToken ct)
    {
        var handler = handlers.FirstOrDefault(h => h.SubjectType == request.SubjectType);
        if (handler is not null)
            await handler.OnOutcomeAsync(new ApprovalOutcome(request.Id, request.SubjectType, request.SubjectId, request.Status, comment), ct);
        return Result.Success();
    }

    /// <summary>Loads, decides and saves in one transaction (the caller's, if it has one). A failed rule saves nothing;
    /// a concurrent decision on the same request surfaces as a conflict rather than a double count.</summary>
    private async Task<Result> InTransactionAsync(Func<Task<Result>> work, CancellationToken ct)
    {
        if (db.Database.CurrentTransaction is not null) return await WorkAndSaveAsync(work, ct);
        // SQLite: BEGIN IMMEDIATE takes the write lock here, so concurrent deciders queue; PostgreSQL relies on the token.
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var result = await WorkAndSaveAsync(work, ct);
        if (result.IsSuccess) await tx.CommitAsync(ct);
        return result;
    }

    private async Task<Result> WorkAndSaveAsync(Func<Task<Result>> work, CancellationToken ct)
    {
        var result = await work();
        if (result.IsFailure) return result;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Error.Conflict("该申请刚刚已被他人处理，请刷新后重试。");
        }
        return result;
    }

    private ApprovalAction Action(ApprovalRequest r, ApprovalDecision decision, string? comment, DateTime at) => new()
    {
        RequestId = r.Id, StepOrder = r.CurrentStep, Round = r.Round, UserId = user.Id, UserName = user.DisplayName,
        Decision = decision, Comment = comment.TrimToNull(), At = at,
    };

    private DateTime Now() => clock.GetUtcNow().UtcDateTime;
}
