using Microsoft.EntityFrameworkCore;
using SocialWorkStation.Platform;
using SocialWorkStation.Platform.Approvals;
using SocialWorkStation.Platform.Common;
using SocialWorkStation.Platform.Identity;
using SocialWorkStation.Platform.Permissions;

namespace SocialWorkStation.Modules.Administration.Features.Approvals.Flows;

public sealed record ApprovalFlowSettings(
    Guid? StationId, string? StationName, bool CanEditCountyDefault, IReadOnlyList<SubjectFlows> Subjects,
    IReadOnlyList<string> Roles, IReadOnlyList<PermissionOption> Permissions);

/// <summary>One subject type with the county default and, when set, the current station's own flow (which wins).</summary>
public sealed record SubjectFlows(string SubjectType, string DisplayName, FlowView? CountyDefault, FlowView? StationFlow);

public sealed record FlowView(Guid Id, string Name, long Version, IReadOnlyList<FlowStepView> Steps);

public sealed record FlowStepView(int Order, string Name, string? Role, string? Permission, decimal? MinAmount, bool RequireAll);

public sealed record PermissionOption(string Code, string Name, string Group);

/// <summary>Lists every subject type a module registered (plus 通用事项) with its flows for the current station.</summary>
public sealed class ListApprovalFlowsHandler(
    IPlatformDb db, ICurrentUser user, PermissionCatalog catalog, IEnumerable<IApprovalSubjectHandler> subjects)
{
    public async Task<ApprovalFlowSettings> HandleAsync(CancellationToken ct = default)
    {
        var stationId = user.StationId;
        var flows = await db.ApprovalFlows.AsNoTracking().Include(f => f.Steps)
            .Where(f => f.OrganisationId == user.OrganisationId && (f.StationId == null || f.StationId == stationId))
            .ToListAsync(ct);
        var list = SubjectTypes(subjects).Select(s => new SubjectFlows(s.SubjectType, s.DisplayName,
                View(flows.FirstOrDefault(f => f.SubjectType == s.SubjectType && f.StationId == null)),
                stationId is null ? null : View(flows.FirstOrDefault(f => f.SubjectType == s.SubjectType && f.StationId == stationId))))
            .ToList();
        return new ApprovalFlowSettings(stationId, user.Stations.FirstOrDefault(s => s.Id == stationId)?.Name,
            user.Has(PlatformPermissions.CountyOversight), list, await RoleNamesAsync(db, ct),
            catalog.All.Select(p => new PermissionOption(p.Code, p.Name, p.Group)).ToList());
    }

    /// <summary>通用事项 first, then the modules' subject types by name; one entry per type.</summary>
    public static IReadOnlyList<IApprovalSubjectHandler> SubjectTypes(IEnumerable<IApprovalSubjectHandler> subjects) =>
        subjects.DistinctBy(s => s.SubjectType)
            .OrderBy(s => s.SubjectType != ApprovalSubjects.General).ThenBy(s => s.DisplayName, StringComparer.Ordinal)
            .ToList();

    /// <summary>The built-in roles, plus any an administrator added.</summary>
    public static async Task<IReadOnlyList<string>> RoleNamesAsync(IPlatformDb db, CancellationToken ct)
    {
        var stored = await db.Roles.AsNoTracking().Select(r => r.Name!).ToListAsync(ct);
        return Roles.All.Concat(stored.Where(n => !string.IsNullOrEmpty(n)).Order(StringComparer.Ordinal)).Distinct().ToList();
    }

    private static FlowView? View(ApprovalFlow? flow) => flow is null ? null : new FlowView(flow.Id, flow.Name, flow.Version,
        flow.Steps.OrderBy(s => s.Order)
            .Select(s => new FlowStepView(s.Order, s.Name, s.Role, s.Permission, Money.ToYuan(s.MinAmountFen), s.RequireAll)).ToList());
}
