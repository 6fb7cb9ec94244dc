using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SocialWorkStation.Data;
using SocialWorkStation.Platform.Approvals;
using SocialWorkStation.Platform.Identity;

namespace SocialWorkStation.UpgradeSnapshot;

/// <summary>General approval requests in every state, a station's own two-step flow with an amount threshold, and the
/// reads that leave traces: a reveal, an opened case file, the login history, a failed sign-in.</summary>
internal sealed partial class Story
{
    private async Task ApprovalsAsync()
    {
        var worker = await AsAsync("worker", "CG");
        var director = await AsAsync("director", "CG");
        var approved = await RequestAsync(worker, "CG", "购买活动物资", 320.50m);
        await UploadAsync(worker, "CG", "approval", approved, Pdf("物资报价单"), "物资报价单.pdf");
        await director.PostAsync($"/api/v1/approvals/{approved}/approve", new { comment = "同意" });
        var returned = await RequestAsync(worker, "CG", "申请外出培训", null);
        await director.PostAsync($"/api/v1/approvals/{returned}/reject", new { reason = "请写明培训时间与费用" });
        var withdrawn = await RequestAsync(worker, "CG", "借用会议室", null);
        await worker.PostAsync($"/api/v1/approvals/{withdrawn}/withdraw", new { comment = "活动取消" });
        await RequestAsync(worker, "CG", "采购打印纸", 150m);

        // 东湖站's own flow: the director, then finance from 500 元 up (C4.3.2); a 4 800 元 request waits at finance.
        var dhDirector = await AsAsync("director", "DH");
        await dhDirector.PutAsync("/api/v1/approval-flows/general", new
        {
            name = "东湖站通用审批",
            steps = new object[] { new { name = "站长审批", role = Roles.Director }, new { name = "财务复核", role = Roles.Finance, minAmount = 500m } },
        });
        var computer = await RequestAsync(await AsAsync("dhworker", "DH"), "DH", "购置办公电脑", 4800m);
        await dhDirector.PostAsync($"/api/v1/approvals/{computer}/approve", new { comment = "同意，转财务" });
        await RequestAsync(await AsAsync("lxworker", "LX"), "LX", "申请活动场地", null);

        for (var i = 0; i < _approvals.Count; i++)
        {
            var a = _approvals[i];
            var detail = await (await AsAsync(a.ReadBy, a.Station)).GetAsync($"/api/v1/approvals/{a.Id}");
            _approvals[i] = a with { Number = detail.GetProperty("number").GetString()!, Status = SnapshotManifest.EnumName<ApprovalStatus>(detail.GetProperty("status")) };
        }
    }

    private async Task<Guid> RequestAsync(Session requester, string station, string title, decimal? amount)
    {
        var id = Id(await requester.PostAsync("/api/v1/approvals", new { title, summary = "快照数据：" + title, amount }));
        _approvals.Add(new SnapshotApproval(id, station, requester.UserName, "", "general", ""));
        return id;
    }

    private async Task ReadingAsync()
    {
        var director = await AsAsync("director", "CG");
        await director.PostAsync($"/api/v1/clients/{_clients[0].Id}/reveal");
        await director.GetAsync($"/api/v1/cases/{_cases.First(c => c.Station == "CG").Id}");
        await (await AsAsync("evaluator", "CG")).GetAsync("/api/v1/clients");
        await (await AsAsync("info", "CG")).GetAsync("/api/v1/admin/login-history");
        await (await host.SignInAsync("county", Password)).GetAsync("/api/v1/cases/dashboard");
        await host.FailSignInAsync("worker");
    }

    /// <summary>Role grants and approval flows as stored, for the manifest.</summary>
    private async Task<(Dictionary<string, IReadOnlyList<string>>, List<SnapshotFlow>)> ConfigurationAsync()
    {
        await using var scope = Scope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var grants = (await db.RolePermissions.Join(db.Roles, p => p.RoleId, r => r.Id, (p, r) => new { r.Name, p.Permission }).ToListAsync())
            .GroupBy(g => g.Name!).OrderBy(g => g.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<string>)g.Select(x => x.Permission).Order(StringComparer.Ordinal).ToList());
        var organisations = await db.Organisations.ToDictionaryAsync(o => o.Id, o => o.Name);
        var stations = await db.Stations.ToDictionaryAsync(s => s.Id, s => s.Code);
        var flows = (await db.ApprovalFlows.Include(f => f.Steps).ToListAsync())
            .Select(f => new SnapshotFlow(organisations[f.OrganisationId], f.StationId is { } s ? stations[s] : null, f.SubjectType,
                f.Steps.OrderBy(s => s.Order).Select(s => s.Name).ToList()))
            .OrderBy(f => f.Organisation, StringComparer.Ordinal).ThenBy(f => f.Station).ThenBy(f => f.SubjectType, StringComparer.Ordinal).ToList();
        return (grants, flows);
    }
}
