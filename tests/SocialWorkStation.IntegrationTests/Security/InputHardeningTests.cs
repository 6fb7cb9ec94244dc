using System.IO.Compression;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SocialWorkStation.Data;
using SocialWorkStation.IntegrationTests.Cases;
using SocialWorkStation.IntegrationTests.Infrastructure;
using SocialWorkStation.Platform.Identity;
using static SocialWorkStation.IntegrationTests.Cases.ServiceDeliveryApi;

namespace SocialWorkStation.IntegrationTests.Security;

/// <summary>Issue 10 item 8: inputs and outputs an attacker shapes — spreadsheet uploads, spreadsheet cells, what a sensitive
/// record shows through ledgers and approval lists, and requests that change state.</summary>
public abstract class InputHardeningTests(TestApp app)
{
    [Fact]
    [Trait("Clause", "C7.3.1")]
    public async Task Exported_cells_that_begin_with_a_formula_character_stay_text()
    {
        var station = await app.NewStationAsync();
        var director = await app.NewUserAsync(Roles.Director, station);
        var worker = await app.NewUserAsync(Roles.SocialWorker, station);
        var name = "=HYPERLINK(\"http://x\")" + app.Unique("");
        var client = await app.ClientAsync(station, worker, name);
        await app.CaseAsync(station, client, worker);
        using var http = await app.ClientForAsync(director, station);

        var row = Assert.Single(await (await http.GetAsync("/api/v1/cases/export.xlsx")).XlsxRowsAsync());

        Assert.Equal("'" + name, row["服务对象"]);
    }

    [Fact]
    [Trait("Clause", "C7.3.1")]
    public async Task An_import_that_inflates_to_a_huge_size_or_declares_thousands_of_columns_is_refused_before_parsing()
    {
        var station = await app.NewStationAsync();
        using var http = await app.ClientForAsync(await app.NewUserAsync(Roles.Director, station), station);

        // 5 MB limit on the upload, but 200 MB once inflated: zeros compress about a thousandfold.
        var bomb = Xlsx(sheet => { var zeros = new byte[1024 * 1024]; for (var i = 0; i < 200; i++) sheet.Write(zeros); });
        Assert.True(bomb.Length < 5 * 1024 * 1024);
        var refused = await (await http.PostAsync("/api/v1/clients/import", Upload(bomb))).JsonAsync(HttpStatusCode.BadRequest);
        Assert.Contains("解压后过大", refused.GetProperty("errors").GetProperty("file")[0].GetString());

        var wide = Xlsx(sheet => sheet.Write(Encoding.UTF8.GetBytes(
            """<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><dimension ref="A1:XFD2"/><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>姓名</t></is></c><c r="XFD1" t="inlineStr"><is><t>x</t></is></c></row></sheetData></worksheet>""")));
        var tooWide = await (await http.PostAsync("/api/v1/clients/import", Upload(wide))).JsonAsync(HttpStatusCode.BadRequest);
        Assert.Contains("列数（16384）", tooWide.GetProperty("errors").GetProperty("file")[0].GetString());
    }

    [Fact]
    [Trait("Clause", "C1.3.4")]
    public async Task A_sensitive_record_shows_no_place_in_the_service_ledger_and_a_closure_shows_no_narrative_in_approval_lists()
    {
        var s = await app.CaseInServiceAsync();
        await s.Worker.RecordServiceOkAsync(s.Case.Id, Service(content: "服务对象透露家暴经历", sensitive: true) is var body
            ? WithPlace(body, "县妇联庇护所") : null);
        using var director = await app.ClientForAsync(await app.NewUserAsync(Roles.Director, s.Station), s.Station);

        var rows = await (await director.GetAsync($"/api/v1/services/export.xlsx?month={Today:yyyy-MM}")).XlsxRowsAsync();
        Assert.Equal("（敏感记录）", Assert.Single(rows)["服务地点"]);
        Assert.DoesNotContain(rows, r => r.Values.Any(v => v?.ToString()?.Contains("庇护所") == true));

        var closure = await s.Worker.RequestClosureOkAsync(s.Case.Id);
        await using var scope = app.SystemScope();
        var summaries = await scope.ServiceProvider.GetRequiredService<AppDbContext>().ApprovalRequests.AsNoTracking()
            .Where(r => r.StationId == s.Station.Id).Select(r => r.Summary ?? "").ToListAsync();
        Assert.Contains("结案原因：目标达成", summaries);
        Assert.DoesNotContain(summaries, text => text.Contains("三个月内完成药品管理"));
        Assert.NotEqual(Guid.Empty, closure.Id);
    }

    [Fact]
    [Trait("Clause", "C7.3.1")]
    public async Task Requests_that_change_state_are_posts_with_the_antiforgery_token()
    {
        var station = await app.NewStationAsync();
        var other = await app.NewStationAsync();
        var user = await app.NewUserAsync([Roles.SocialWorker], station, other);
        using var http = await app.ClientForAsync(user, station);

        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync($"/account/culture?c=en-US&returnUrl=/")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync($"/account/station/{other.Id}")).StatusCode); // no such route any more
        var noToken = await http.PostAsync("/account/station", new FormUrlEncodedContent(new Dictionary<string, string> { ["id"] = other.Id.ToString() }));
        Assert.Equal(HttpStatusCode.BadRequest, noToken.StatusCode);
        var culture = await http.PostAsync("/account/culture", new FormUrlEncodedContent(new Dictionary<string, string> { ["c"] = "en-US" }));
        Assert.Equal(HttpStatusCode.BadRequest, culture.StatusCode);
        Assert.False(culture.Headers.TryGetValues("Set-Cookie", out var cookies) && cookies.Any(c => c.Contains(".AspNetCore.Culture")));
    }

    private static object WithPlace(object service, string place)
    {
        var fields = System.Text.Json.JsonSerializer.SerializeToElement(service).EnumerateObject()
            .ToDictionary(p => p.Name, p => (object?)p.Value);
        fields["place"] = place;
        return fields;
    }

    /// <summary>A minimal xlsx whose first sheet is written by <paramref name="writeSheet"/>.</summary>
    private static byte[] Xlsx(Action<Stream> writeSheet)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            using (var types = zip.CreateEntry("[Content_Types].xml").Open())
                types.Write("""<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>"""u8);
            using var sheet = zip.CreateEntry("xl/worksheets/sheet1.xml", CompressionLevel.SmallestSize).Open();
            writeSheet(sheet);
        }
        return buffer.ToArray();
    }

    private static MultipartFormDataContent Upload(byte[] xlsx)
    {
        var content = new MultipartFormDataContent();
        var file = new ByteArrayContent(xlsx);
        file.Headers.ContentType = new("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        content.Add(file, "file", "台账.xlsx");
        return content;
    }
}

[Collection(SqliteCollection.Name)] public sealed class InputHardeningOnSqlite(SqliteApp app) : InputHardeningTests(app);
[Collection(PostgresCollection.Name)] public sealed class InputHardeningOnPostgres(PostgresApp app) : InputHardeningTests(app);
