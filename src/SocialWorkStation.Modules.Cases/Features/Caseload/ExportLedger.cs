using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using SocialWorkStation.Modules.Cases.Data;
using SocialWorkStation.Modules.Cases.Features.Clients;
using SocialWorkStation.Platform.Audit;
using SocialWorkStation.Platform.Exports;
using SocialWorkStation.Platform.Identity;
using SocialWorkStation.Platform.Protection;
using SocialWorkStation.Platform.Results;
using SocialWorkStation.Platform.Staff;
using SocialWorkStation.Platform.Stations;

namespace SocialWorkStation.Modules.Cases.Features.Caseload;

public sealed record LedgerExportQuery : CaseListQuery
{
    /// <summary>Full ID numbers instead of masked ones; only for ClientsReveal holders, access-logged (C1.3.4).</summary>
    public bool? Reveal { get; set; }
}

/// <summary>个案台账 (C3.4.2) as xlsx: identifiers masked by default (C1.3.4: exports are masked unless the user may
/// reveal, and each reveal is logged). One query is read as a stream and each row written as it comes (never the whole
/// table in memory, and no OFFSET paging, which grows quadratically with the ledger).</summary>
internal sealed class ExportLedgerHandler(CasesDb db, CaseAccess access, ICurrentUser user, StationClock clock,
    IPersonalDataProtector protector, IAccessLog accessLog, IStaffDirectory staff)
{
    public async Task<Result<ExportFile>> HandleAsync(LedgerExportQuery q, CancellationToken ct)
    {
        var reveal = q.Reveal == true;
        if (reveal && !access.MayReveal) return Error.Forbidden("无权导出完整身份证号。");
        var today = clock.Today();
        var cases = CaseFilters.Apply(access.Cases().AsNoTracking(), q, access, user, db, today);

        await accessLog.RecordAsync("case-ledger", user.StationId ?? Guid.Empty,
            reveal ? "导出个案台账（完整身份证号）" : "导出个案台账（脱敏）", user.StationId, ct);
        return await XlsxExport.WriteAsync(Rows(cases, reveal, today, ct), $"个案台账-{today:yyyyMMdd}.xlsx", ct);
    }

    private async IAsyncEnumerable<LedgerRow> Rows(IQueryable<Domain.Case> cases, bool reveal, DateOnly today, [EnumeratorCancellation] CancellationToken ct)
    {
        // The worker's current name is joined in the same streamed query (docs/adr/012), not read row by row.
        var names = staff.Names;
        var rows = cases.OrderBy(k => k.IntakeDate).ThenBy(k => k.Id).Select(k => new
        {
            k.Number, k.Client!.Name, k.Client.Gender, k.Client.BirthDateCipher, k.Client.IdNumberMasked, k.Client.IdNumberCipher,
            k.Client.TargetGroups, k.Status, k.RiskLevel,
            WorkerName = names.Where(n => n.Id == k.WorkerId).Select(n => n.Name).FirstOrDefault() ?? k.WorkerName,
            k.IntakeDate, k.LastContactOn, k.ServiceCount,
            k.ServiceMinutes, k.ClosedOn,
        }).AsAsyncEnumerable().WithCancellation(ct);
        await foreach (var k in rows)
            yield return new LedgerRow
            {
                案号 = k.Number, 服务对象 = k.Name, 性别 = CaseLabels.Label(k.Gender), 年龄 = ClientBirth.AgeOf(k.BirthDateCipher, protector, today),
                身份证号 = (reveal ? protector.Decrypt(k.IdNumberCipher) : k.IdNumberMasked) ?? "",
                服务对象类别 = k.TargetGroups.Trim('|').Replace("|", "、"), 状态 = CaseLabels.Label(k.Status),
                风险等级 = CaseLabels.Label(k.RiskLevel), 负责社工 = k.WorkerName, 接案日期 = k.IntakeDate.ToString("yyyy-MM-dd"),
                最近服务 = k.LastContactOn?.ToString("yyyy-MM-dd") ?? "", 服务次数 = k.ServiceCount,
                服务时长 = Math.Round(k.ServiceMinutes / 60m, 1, MidpointRounding.AwayFromZero), 结案日期 = k.ClosedOn?.ToString("yyyy-MM-dd") ?? "",
            };
    }
}

/// <summary>One ledger line; the property names are the Chinese column headers.</summary>
internal sealed class LedgerRow
{
    public string 案号 { get; init; } = "";
    public string 服务对象 { get; init; } = "";
    public string 性别 { get; init; } = "";
    /// <summary>Age, not the birth date, beside a masked ID number (issue 10).</summary>
    public int? 年龄 { get; init; }
    public string 身份证号 { get; init; } = "";
    public string 服务对象类别 { get; init; } = "";
    public string 状态 { get; init; } = "";
    public string 风险等级 { get; init; } = "";
    public string 负责社工 { get; init; } = "";
    public string 接案日期 { get; init; } = "";
    public string 最近服务 { get; init; } = "";
    public int 服务次数 { get; init; }
    [MiniExcelLibs.Attributes.ExcelColumnName("服务时长（小时）")] public decimal 服务时长 { get; init; }
    public string 结案日期 { get; init; } = "";
}
