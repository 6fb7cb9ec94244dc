using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SocialWorkStation.IntegrationTests.Infrastructure;
using SocialWorkStation.Platform;
using SocialWorkStation.Platform.Staff;
using SocialWorkStation.Platform.Stations;

namespace SocialWorkStation.IntegrationTests.Staff;

/// <summary>Arrangement for the staff reference tests. Until the personnel chapter has pages and API for staff files,
/// a person without a login is put straight into the registry, the way that chapter will.</summary>
internal static class StaffKit
{
    public static async Task<StaffRecord> StaffWithoutLoginAsync(this TestApp app, Station station, string? name = null, bool active = true)
    {
        await using var scope = app.SystemScope();
        var db = scope.ServiceProvider.GetRequiredService<IPlatformDb>();
        var staff = new StaffRecord
        {
            Name = name ?? app.Unique("外聘社工"), OrganisationId = station.OrganisationId, IsActive = active, CreatedAt = DateTime.UtcNow,
        };
        staff.Stations.Add(new StaffStation { StaffId = staff.Id, StationId = station.Id });
        db.Staff.Add(staff);
        await db.SaveChangesAsync();
        return staff;
    }

    public static async Task<StaffRecord?> StaffAsync(this TestApp app, Guid id)
    {
        await using var scope = app.SystemScope();
        return await scope.ServiceProvider.GetRequiredService<IPlatformDb>().Staff.AsNoTracking().Include(s => s.Stations)
            .FirstOrDefaultAsync(s => s.Id == id);
    }

    /// <summary>The name the registry holds for a person: what every page shows for them.</summary>
    public static async Task<string> StaffNameAsync(this TestApp app, Guid id) => (await app.StaffAsync(id))?.Name
        ?? throw new InvalidOperationException($"no staff record {id}");
}
