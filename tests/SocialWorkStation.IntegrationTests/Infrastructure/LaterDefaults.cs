using Microsoft.Extensions.DependencyInjection;
using SocialWorkStation.Platform.Approvals;
using SocialWorkStation.Platform.Identity;
using SocialWorkStation.Platform.Permissions;

namespace SocialWorkStation.IntegrationTests.Infrastructure;

/// <summary>What a later release might add to the built-in defaults: a permission granted by default to social workers
/// and directors, and an approval subject type with a default flow. Plugged into an app with <see cref="Add"/>.</summary>
public static class LaterDefaults
{
    public const string Permission = "test.later-feature";
    public const string SubjectType = "test.later-subject";
    public static readonly string[] GrantedTo = [Roles.SocialWorker, Roles.Director];

    public static void Add(IServiceCollection services)
    {
        services.AddSingleton<IPermissionProvider, LaterPermissions>();
        services.AddSingleton<IApprovalSubjectHandler, LaterSubject>();
    }

    private sealed class LaterPermissions : IPermissionProvider
    {
        public IEnumerable<PermissionDefinition> Permissions => [new(Permission, "后续版本新增的功能", "测试")];
        public IEnumerable<(string Role, string Permission)> DefaultGrants => GrantedTo.Select(role => (role, Permission));
    }

    private sealed class LaterSubject : IApprovalSubjectHandler
    {
        public string SubjectType => LaterDefaults.SubjectType;
        public string DisplayName => "后续版本新增的审批事项";
        public IReadOnlyList<DefaultFlowStep>? DefaultSteps => [new("站长审批", Roles.Director, null)];
        public Task OnOutcomeAsync(ApprovalOutcome outcome, CancellationToken ct) => Task.CompletedTask;
    }
}
