using System.Net;
using Microsoft.Extensions.DependencyInjection;
using SocialWorkStation.IntegrationTests.Infrastructure;
using SocialWorkStation.Modules.Cases;
using SocialWorkStation.Modules.Cases.Domain;
using SocialWorkStation.Platform.Identity;
using SocialWorkStation.Platform.Protection;
using SocialWorkStation.Platform.Stations;

namespace SocialWorkStation.IntegrationTests.Cases;

/// <summary>个案台账 export (C3.4.2) with identifiers masked unless the user may reveal them, and logged (C1.3.4).</summary>
public abstract class LedgerExportTests(TestApp app)
{
    private static readonly string[] Headers =
        ["案号", "服务对象", "性别", "年龄", "身份证号", "服务对象类别", "状态", "风险等级", "负责社工", "接案日期", "最近服务", "服务次数", "服务时长（小时）", "结案日期"];

    private async Task<(Station Station, TestUser Director, Client Client, Case Case, string IdNumber)> ArrangeAsync()
    {
        var station = await app.NewStationAsync();
        var director = await app.NewUserAsync(Roles.Director, station);
        var worker = await app.NewUserAsync(Roles.SocialWorker, station);
        var client = await app.ClientAsync(station, worker, app.Unique("周淑珍"));
        await app.UpdateClientAsync(client.Id, c => c.SetTargetGroups(["低保对象", "独居老人"]));
        var k = await app.CaseAsync(station, client, worker);
        await app.UpdateCaseAsync(k.Id, c => { c.ServiceCount = 3; c.ServiceMinutes = 150; });
        await using var scope = app.SystemScope();
        var id = scope.ServiceProvider.GetRequiredService<IPersonalDataProtector>().Decrypt(client.IdNumberCipher)!;
        return (station, director, client, k, id);
    }


    [Fact]
    [Trait("Clause", "C3.4.2")]
    [Trait("Clause", "C1.3.4")]
    public async Task The_ledger_is_an_xlsx_with_chinese_headers_and_masked_id_numbers_by_default()
    {
        var (station, director, client, k, id) = await ArrangeAsync();
        using var http = await app.ClientForAsync(director, station);

        var response = await http.GetAsync("/api/v1/cases/export.xlsx");

        Assert.Equal($"个案台账-{CaseFileSeed.BeijingToday():yyyyMMdd}.xlsx", response.Content.Headers.ContentDisposition?.FileNameStar);
        var row = Assert.Single(await response.XlsxRowsAsync());
        Assert.Equal(Headers, row.Keys);
        Assert.Equal(k.Number, row["案号"]);
        Assert.Equal(client.Name, row["服务对象"]);
        Assert.Equal(Masking.IdNumber(id), row["身份证号"]);
        Assert.DoesNotContain(id, row.Values.Select(v => v?.ToString()));
        Assert.Equal("低保对象、独居老人", row["服务对象类别"]);
        Assert.Equal(2.5m, Convert.ToDecimal(row["服务时长（小时）"]));
    }

    [Fact]
    [Trait("Clause", "C1.3.4")]
    public async Task Full_id_numbers_are_exported_only_with_reveal_for_a_holder_and_the_export_is_logged()
    {
        var (station, director, _, _, id) = await ArrangeAsync();
        using var http = await app.ClientForAsync(director, station);

        var row = Assert.Single(await (await http.GetAsync("/api/v1/cases/export.xlsx?reveal=true")).XlsxRowsAsync());

        Assert.Equal(id, row["身份证号"]);
        Assert.Single(await app.AccessLogAsync(director.Id), e => e.Entity == "case-ledger" && e.Purpose.Contains("完整"));
    }

    [Fact]
    [Trait("Clause", "C1.3.4")]
    public async Task Reveal_is_403_for_an_exporter_without_the_reveal_permission()
    {
        var (station, _, _, _, id) = await ArrangeAsync();
        var exporter = await app.UserWithPermissionsAsync(station, CasesPermissions.ClientsView, CasesPermissions.ViewAll, CasesPermissions.Export);
        using var http = await app.ClientForAsync(exporter, station);

        var refused = await http.GetAsync("/api/v1/cases/export.xlsx?reveal=true");
        var masked = Assert.Single(await (await http.GetAsync("/api/v1/cases/export.xlsx")).XlsxRowsAsync());

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal(Masking.IdNumber(id), masked["身份证号"]);
    }

    [Fact]
    [Trait("Clause", "C3.4.2")]
    public async Task The_ledger_takes_the_list_filters()
    {
        var (station, director, _, _, _) = await ArrangeAsync();
        using var http = await app.ClientForAsync(director, station);

        Assert.Empty(await (await http.GetAsync("/api/v1/cases/export.xlsx?status=Closed")).XlsxRowsAsync());
        Assert.Single(await (await http.GetAsync("/api/v1/cases/export.xlsx?targetGroup=" + Uri.EscapeDataString("低保对象"))).XlsxRowsAsync());
    }
}

[Collection(SqliteCollection.Name)] public sealed class LedgerExportOnSqlite(SqliteApp app) : LedgerExportTests(app);
[Collection(PostgresCollection.Name)] public sealed class LedgerExportOnPostgres(PostgresApp app) : LedgerExportTests(app);
