using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;
using SocialWorkStation.IntegrationTests.Infrastructure;
using SocialWorkStation.Modules.Cases.Data;
using SocialWorkStation.Modules.Cases.Domain;
using SocialWorkStation.Platform;
using SocialWorkStation.Platform.Identity;
using SocialWorkStation.Platform.Permissions;
using SocialWorkStation.Platform.Stations;

namespace SocialWorkStation.IntegrationTests.Cases;

/// <summary>Arrangement helpers for the caseload, case file and ledger tests: direct inserts of the records other
/// engineers' write APIs produce, so these tests exercise only the reading side through HTTP.</summary>
internal static class CaseFileSeed
{
    public static DateOnly BeijingToday() => new StationClock(TimeProvider.System).Today();

    public static DateOnly BeginningOfMonth() => BeijingToday() is var t ? new DateOnly(t.Year, t.Month, 1) : default;

    public static async Task<Case> UpdateCaseAsync(this TestApp app, Guid caseId, Action<Case> change)
    {
        await using var scope = app.SystemScope();
        var db = scope.ServiceProvider.GetRequiredService<CasesDb>();
        var item = await db.Cases.SingleAsync(k => k.Id == caseId);
        change(item);
        await db.SaveChangesAsync();
        return item;
    }

    public static async Task UpdateClientAsync(this TestApp app, Guid clientId, Action<Client> change)
    {
        await using var scope = app.SystemScope();
        var db = scope.ServiceProvider.GetRequiredService<CasesDb>();
        change(await db.Clients.SingleAsync(c => c.Id == clientId));
        await db.SaveChangesAsync();
    }

    /// <summary>Adds case-owned records (assessments, records, reviews…) in one save.</summary>
    public static async Task AddAsync(this TestApp app, params object[] entities)
    {
        await using var scope = app.SystemScope();
        var db = scope.ServiceProvider.GetRequiredService<SocialWorkStation.Data.AppDbContext>();
        db.AddRange(entities);
        await db.SaveChangesAsync();
    }

    public static ServiceRecord Record(Case k, Guid planId, string content, DateOnly? on = null, int minutes = 60, bool sensitive = false,
        Guid? workerId = null) => new()
    {
        StationId = k.StationId, CaseId = k.Id, PlanId = planId, ServiceDate = on ?? BeijingToday(), DurationMinutes = minutes,
        Type = ServiceType.HomeVisit, Content = content, IsSensitive = sensitive, WorkerId = workerId ?? k.WorkerId,
        WorkerName = k.WorkerName, CreatedAt = DateTime.UtcNow,
    };

    /// <summary>A user whose only role grants exactly these permissions (roles are deployment-wide, so the name is unique).</summary>
    public static async Task<TestUser> UserWithPermissionsAsync(this TestApp app, Station station, params string[] permissions)
    {
        var name = app.Unique("角色");
        await using (var scope = app.SystemScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<IPlatformDb>();
            var role = new AppRole { Name = name, NormalizedName = name.ToUpperInvariant(), Description = name };
            db.Roles.Add(role);
            db.RolePermissions.AddRange(permissions.Select(p => new RolePermission { RoleId = role.Id, Permission = p }));
            await db.SaveChangesAsync();
        }
        return await app.NewUserAsync([name], station);
    }

    public static async Task<List<SocialWorkStation.Platform.Audit.AccessLogEntry>> AccessLogAsync(this TestApp app, Guid userId)
    {
        await using var scope = app.SystemScope();
        var db = scope.ServiceProvider.GetRequiredService<IPlatformDb>();
        return await db.AccessLog.AsNoTracking().Where(e => e.UserId == userId).ToListAsync();
    }

    /// <summary>The rows of an xlsx export, read back with MiniExcel, by Chinese column header.</summary>
    public static async Task<List<IDictionary<string, object>>> XlsxRowsAsync(this HttpResponseMessage response)
    {
        response.EnsureSuccessStatusCode();
        await using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        return (await stream.QueryAsync(useHeaderRow: true)).Cast<IDictionary<string, object>>().ToList();
    }
}
