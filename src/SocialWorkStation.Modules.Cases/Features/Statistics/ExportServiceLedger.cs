using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs.Attributes;
using SocialWorkStation.Modules.Cases.Data;
using SocialWorkStation.Modules.Cases.Domain;
using SocialWorkStation.Platform;
using SocialWorkStation.Platform.Audit;
using SocialWorkStation.Platform.Exports;
using SocialWorkStation.Platform.Identity;
using SocialWorkStation.Platform.Permissions;
using SocialWorkStation.Platform.Protection;
using SocialWorkStation.Platform.Results;
using SocialWorkStation.Platform.Staff;
using SocialWorkStation.Platform.Stations;

namespace SocialWorkStation.Modules.Cases.Features.Statistics;

/// <summary>服务台账 (C3.4.2): every service record of a month in the stations the user sees, as xlsx. A register of
/// contacts, not of people: names masked (张**), no narrative text, no ID numbers, so county staff who "see statistics,
/// not people" may export it. Other users without cases.view-all get only the records of cases they may open (C1.3.4).
/// One streamed query with the names joined in SQL feeds the workbook row by row (about 100 000 rows a month at city
/// scale: no OFFSET paging, no list in memory).</summary>
internal sealed class ExportServiceLedgerHandler(CasesDb db, IPlatformDb platform, CaseAccess access, ICurrentUser user,
    StationClock clock, IAccessLog accessLog, IStaffDirectory staff)
{
    public async Task<Result<ExportFile>> HandleAsync(string? month, CancellationToken ct)
    {
        var parsed = ReportMonth.Parse(month, clock.Today());
        if (parsed.IsFailure) return parsed.Error!;
        var period = parsed.Value!;

        // County-wide users see no case files (CaseAccess opens none to them) yet may register every contact.
        var cases = user.Has(PlatformPermissions.CountyOversight) ? db.Cases : access.Cases();
        await accessLog.RecordAsync("service-ledger", user.StationId ?? Guid.Empty, $"导出服务台账（{period.Text}，姓名脱敏）", user.StationId, ct);
        return await XlsxExport.WriteAsync(Rows(period, cases, ct), $"服务台账-{period.Text}.xlsx", ct);
    }

    private async IAsyncEnumerable<ServiceLedgerRow> Rows(ReportMonth period, IQueryable<Case> cases, [EnumeratorCancellation] CancellationToken ct)
    {
        var names = staff.Names;
        var rows = from r in db.ServiceRecords.AsNoTracking()
                   where r.ServiceDate >= period.From && r.ServiceDate < period.Until
                   join k in cases on r.CaseId equals k.Id
                   join c in db.Clients on k.ClientId equals c.Id
                   join s in platform.Stations on r.StationId equals s.Id
                   orderby s.Code, r.ServiceDate, r.Id
                   select new
                   {
                       Station = s.Name, k.Number, Client = c.Name, r.ServiceDate, r.Type, r.DurationMinutes, r.Place, r.IsSensitive,
                       // The worker's current name, joined in SQL (docs/adr/012).
                       WorkerName = names.Where(n => n.Id == r.WorkerId).Select(n => n.Name).FirstOrDefault() ?? r.WorkerName,
                       FromActivity = r.ActivityId != null,
                   };
        // A sensitive record's place is blank: a place (a shelter, a hospital ward) can say what the record hides (issue 10).
        await foreach (var r in rows.AsAsyncEnumerable().WithCancellation(ct))
            yield return new ServiceLedgerRow
            {
                社工站 = r.Station, 案号 = r.Number, 服务对象 = Masking.Name(r.Client), 服务日期 = r.ServiceDate.ToString("yyyy-MM-dd"),
                服务方式 = r.Type.Label(), 时长 = r.DurationMinutes, 服务地点 = r.IsSensitive ? "（敏感记录）" : r.Place ?? "", 负责社工 = r.WorkerName,
                来源 = r.FromActivity ? "小组/社区活动" : "个案服务",
            };
    }
}

/// <summary>One ledger line; the property names are the Chinese column headers.</summary>
internal sealed class ServiceLedgerRow
{
    public string 社工站 { get; init; } = "";
    public string 案号 { get; init; } = "";
    public string 服务对象 { get; init; } = "";
    public string 服务日期 { get; init; } = "";
    public string 服务方式 { get; init; } = "";
    [ExcelColumnName("时长（分钟）")] public int 时长 { get; init; }
    public string 服务地点 { get; init; } = "";
    public string 负责社工 { get; init; } = "";
    public string 来源 { get; init; } = "";
}
