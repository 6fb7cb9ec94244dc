using SocialWorkStation.Modules.Administration.Features.RolePermissions;
using SocialWorkStation.Modules.Administration.Features.Stations;
using SocialWorkStation.Platform.Common;
using SocialWorkStation.Ui;

namespace SocialWorkStation.Modules.Administration.Features.Users;

/// <summary>What the user forms offer: every role, and the organisation's active stations.</summary>
internal sealed record UserFormOptions(IReadOnlyList<string> Roles, IReadOnlyList<StationRow> Stations)
{
    public static async Task<UserFormOptions> LoadAsync(Operations ops)
    {
        var roles = await ops.RunAsync<ListRolesHandler, IReadOnlyList<RoleSummary>>(h => h.HandleAsync(CancellationToken.None));
        var stations = await ops.RunAsync<StationAdminHandler, IReadOnlyList<StationRow>>(h => h.ActiveAsync(CancellationToken.None));
        return new UserFormOptions(roles.Select(r => r.Name).ToList(), stations);
    }
}
