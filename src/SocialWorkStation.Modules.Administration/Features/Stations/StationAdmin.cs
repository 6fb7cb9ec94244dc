using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using SocialWorkStation.Platform;
using SocialWorkStation.Platform.Common;
using SocialWorkStation.Platform.Identity;
using SocialWorkStation.Platform.Results;
using SocialWorkStation.Platform.Stations;
using SocialWorkStation.Ui;

namespace SocialWorkStation.Modules.Administration.Features.Stations;

public sealed record ListStationsQuery : PageQuery
{
    [MaxLength(100, ErrorMessage = "搜索内容最长 100 个字符。")]
    public string? Search { get; set; }
}

public sealed record CreateStationRequest
{
    [Required(ErrorMessage = "请填写社工站名称。"), MaxLength(100, ErrorMessage = "名称最长 100 个字符。")]
    public string Name { get; set; } = "";

    [Required(ErrorMessage = "请填写社工站编码。")]
    [RegularExpression(@"^[A-Za-z0-9-]{2,20}$", ErrorMessage = "编码为 2–20 位字母、数字或连字符。")]
    public string Code { get; set; } = "";
}

public sealed record StationRow(Guid Id, string Name, string Code, bool IsActive, int UserCount);

/// <summary>社工站管理: the stations of the administrator's county centre. A station is deactivated, never
/// deleted, because its records stay (archives); deactivated stations drop out of every user's station list.</summary>
internal sealed class StationAdminHandler(IPlatformDb db, ICurrentUser me)
{
    public async Task<Paged<StationRow>> ListAsync(ListStationsQuery q, CancellationToken ct)
    {
        var stations = db.Stations.AsNoTracking().Where(s => s.OrganisationId == me.OrganisationId);
        if (q.Search?.Trim() is { Length: > 0 } text)
            stations = stations.Where(s => s.Name.Contains(text) || s.Code.Contains(text));
        var total = await stations.CountAsync(ct);
        var rows = await stations.OrderBy(s => s.Code).Skip(q.Skip()).Take(q.Size())
            .Select(s => new StationRow(s.Id, s.Name, s.Code, s.IsActive, db.UserStations.Count(us => us.StationId == s.Id)))
            .ToListAsync(ct);
        return new Paged<StationRow>(rows, total, q.PageNumber(), q.Size());
    }

    /// <summary>The stations a user may be assigned to (a county centre has tens, not thousands).</summary>
    public async Task<IReadOnlyList<StationRow>> ActiveAsync(CancellationToken ct) =>
        await db.Stations.AsNoTracking().Where(s => s.OrganisationId == me.OrganisationId && s.IsActive).OrderBy(s => s.Code)
            .Select(s => new StationRow(s.Id, s.Name, s.Code, s.IsActive, 0)).ToListAsync(ct);

    public async Task<Result<StationRow>> CreateAsync(CreateStationRequest r, CancellationToken ct)
    {
        var code = r.Code.Trim();
        // Codes are unique across the installation (they prefix case and voucher numbers).
        if (await db.Stations.AnyAsync(s => s.Code == code, ct)) return Error.Invalid("code", $"编码“{code}”已被使用。");
        var station = new Station { OrganisationId = me.OrganisationId, Name = r.Name.Trim(), Code = code };
        db.Stations.Add(station);
        await db.SaveChangesAsync(ct);
        return new StationRow(station.Id, station.Name, station.Code, station.IsActive, 0);
    }

    public async Task<Result<StationRow>> SetActiveAsync(Guid id, bool active, CancellationToken ct)
    {
        var station = await db.Stations.FirstOrDefaultAsync(s => s.Id == id && s.OrganisationId == me.OrganisationId, ct);
        if (station is null) return Error.NotFound("社工站不存在。");
        station.IsActive = active;
        await db.SaveChangesAsync(ct);
        return new StationRow(station.Id, station.Name, station.Code, station.IsActive,
            await db.UserStations.CountAsync(us => us.StationId == id, ct));
    }
}
