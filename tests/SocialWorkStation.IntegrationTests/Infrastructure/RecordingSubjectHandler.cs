using System.Collections.Concurrent;
using SocialWorkStation.Platform.Approvals;

namespace SocialWorkStation.IntegrationTests.Infrastructure;

/// <summary>Test-only subject type: plugs into the approvals engine the way a module does and records each outcome.
/// Subjects listed in <see cref="FailFor"/> throw, to show that the decision rolls back with the module's work.</summary>
public sealed class RecordingSubjectHandler : IApprovalSubjectHandler
{
    public const string Type = "test-subject";
    public string SubjectType => Type;
    public string DisplayName => "测试事项";
    public ConcurrentQueue<ApprovalOutcome> Outcomes { get; } = new();
    public ConcurrentDictionary<Guid, bool> FailFor { get; } = new();

    public IReadOnlyList<ApprovalOutcome> For(Guid subjectId) => Outcomes.Where(o => o.SubjectId == subjectId).ToList();

    public Task OnOutcomeAsync(ApprovalOutcome outcome, CancellationToken ct)
    {
        if (FailFor.ContainsKey(outcome.SubjectId)) throw new InvalidOperationException("模块处理失败（测试）");
        Outcomes.Enqueue(outcome);
        return Task.CompletedTask;
    }
}
