using SocialWorkStation.Platform.Identity;
using SocialWorkStation.Platform.Staff;

namespace SocialWorkStation.Modules.Cases.Features.Intake;

public sealed record StaffMember(Guid Id, string DisplayName, IReadOnlyList<string> Roles);

/// <summary>The current station's active staff and their roles, for the worker and supervisor pickers of intake, and the
/// rule behind them: who may be named worker (社工/站长) or supervisor (督导/站长) of a case. Ids are staff ids from
/// the staff directory (docs/adr/012); the roles are those of the person's login.</summary>
internal sealed class ListStationStaffHandler(IStaffDirectory directory, CaseAccess access, ICurrentUser user)
{
    public static readonly string[] WorkerRoles = [Roles.SocialWorker, Roles.Director];
    public static readonly string[] SupervisorRoles = [Roles.Supervisor, Roles.Director];

    public async Task<IReadOnlyList<StaffMember>> HandleAsync(CancellationToken ct)
    {
        if (user.StationId is not { } stationId) return [];
        return Describe(await directory.OfStationAsync(stationId, ct: ct) ?? []);
    }

    /// <summary>The active staff of a case's station (the plan's 服务人员 picker); empty for a case the user may not open.</summary>
    public async Task<IReadOnlyList<StaffMember>> ForCaseAsync(Guid caseId, CancellationToken ct)
    {
        var item = await access.FindCaseAsync(caseId, ct);
        return item is null ? [] : Describe(await directory.OfStationAsync(item.StationId, ct: ct) ?? []);
    }

    /// <summary>True when the person is active staff of the station with one of the roles.</summary>
    public async Task<bool> ServesAsAsync(Guid staffId, Guid stationId, string[] roles, CancellationToken ct) =>
        (await directory.OfStationAsync(stationId, ct: ct) ?? []).Any(s => s.Id == staffId && s.Roles.Any(roles.Contains));

    private static List<StaffMember> Describe(IReadOnlyList<StaffRef> staff) =>
        staff.Select(s => new StaffMember(s.Id, s.Name, s.Roles)).ToList();
}
