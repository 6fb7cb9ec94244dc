using SocialWorkStation.Platform.Approvals;

namespace SocialWorkStation.Modules.Administration.Features.Approvals.Requests;

/// <summary>The "general" subject has no module behind it; registering it gives it a display name in the flow settings.</summary>
internal sealed class GeneralSubjectHandler : IApprovalSubjectHandler
{
    public string SubjectType => ApprovalSubjects.General;
    public string DisplayName => "通用事项";
    public Task OnOutcomeAsync(ApprovalOutcome outcome, CancellationToken ct) => Task.CompletedTask;
}
