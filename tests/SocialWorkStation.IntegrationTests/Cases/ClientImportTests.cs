using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using MiniExcelLibs;
using SocialWorkStation.IntegrationTests.Infrastructure;
using SocialWorkStation.Modules.Cases.Features.Clients;
using SocialWorkStation.Platform.Identity;

namespace SocialWorkStation.IntegrationTests.Cases;

/// <summary>导入服务对象台账: the same rules as the form, all-or-nothing, with a row-by-row report.</summary>
public abstract class ClientImportTests(TestApp app)
{
    private static Dictionary<string, object?> Row(string name, string? id, string groups = "独居老人、残疾人") => new()
    {
        ["姓名"] = name, ["性别"] = "", ["出生日期"] = "", ["身份证号"] = id, ["联系电话"] = "13700001234", ["住址"] = "城关镇",
        ["服务对象类别"] = groups, ["监护人"] = "", ["监护人关系"] = "", ["监护人电话"] = "", ["备注"] = "",
    };

    private static MultipartFormDataContent Xlsx(IEnumerable<Dictionary<string, object?>> rows)
    {
        var stream = new MemoryStream();
        stream.SaveAs(rows, excelType: ExcelType.XLSX);
        var file = new ByteArrayContent(stream.ToArray());
        file.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        return new MultipartFormDataContent { { file, "file", "台账.xlsx" } };
    }

    private async Task<HttpClient> WorkerAsync()
    {
        var station = await app.NewStationAsync();
        return await app.ClientForAsync(await app.NewUserAsync(Roles.SocialWorker, station), station);
    }

    [Fact]
    [Trait("Clause", "C3.1.1")]
    public async Task One_bad_row_imports_nothing_and_the_report_names_its_row_and_field()
    {
        var worker = await WorkerAsync();
        var surname = app.Unique("林");
        var bad = CasesSeed.IdNumber(new DateOnly(1950, 1, 1))[..17] + "Y";
        var rows = new[] { Row(surname + "一", CasesSeed.IdNumber(new DateOnly(1950, 1, 1))), Row(surname + "二", bad),
            Row(surname + "三", CasesSeed.IdNumber(new DateOnly(1951, 1, 1))) };

        var report = await (await worker.PostAsync("/api/v1/clients/import", Xlsx(rows))).JsonAsync(HttpStatusCode.BadRequest);

        var problem = Assert.Single(report.GetProperty("problems").EnumerateArray().ToList());
        Assert.Equal(3, problem.GetProperty("row").GetInt32()); // header is row 1, so the second data row is row 3
        Assert.Equal("身份证号", problem.GetProperty("field").GetString());
        Assert.Equal(0, (await worker.GetFromJsonAsync<JsonElement>($"/api/v1/clients?q={surname}")).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task An_ID_number_repeated_in_the_file_or_already_registered_is_reported()
    {
        var worker = await WorkerAsync();
        var existing = CasesSeed.IdNumber(new DateOnly(1961, 2, 2));
        await worker.RegisterAsync(app.Unique("何"), existing);
        var twice = CasesSeed.IdNumber(new DateOnly(1962, 3, 3));
        var rows = new[] { Row(app.Unique("吕"), twice), Row(app.Unique("施"), twice), Row(app.Unique("张"), existing) };

        var report = await (await worker.PostAsync("/api/v1/clients/import", Xlsx(rows))).JsonAsync(HttpStatusCode.BadRequest);

        var problems = report.GetProperty("problems").EnumerateArray().Select(p => (p.GetProperty("row").GetInt32(), p.GetProperty("field").GetString())).ToList();
        Assert.Equal([(3, "身份证号"), (4, "身份证号")], problems);
    }

    [Fact]
    [Trait("Clause", "C3.1.1")]
    public async Task A_valid_file_imports_every_row_with_the_same_rules_as_the_form()
    {
        var worker = await WorkerAsync();
        var surname = app.Unique("曹");
        var id = CasesSeed.IdNumber(new DateOnly(1949, 10, 1), male: false);
        var rows = new[] { Row(surname + "一", id), Row(surname + "二", null, "留守老人") };

        var done = await (await worker.PostAsync("/api/v1/clients/import", Xlsx(rows))).JsonAsync(HttpStatusCode.OK);

        Assert.Equal(2, done.GetProperty("imported").GetInt32());
        var list = await worker.GetFromJsonAsync<JsonElement>($"/api/v1/clients?q={surname}");
        Assert.Equal(2, list.GetProperty("total").GetInt32());
        var first = list.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("name").GetString() == surname + "一");
        // Defaulted from the ID number, as in the form.
        Assert.Equal(new DateOnly(1949, 10, 1), await app.StoredBirthDateAsync(first.GetProperty("id").GetGuid()));
        Assert.Equal(["独居老人", "残疾人"], first.GetProperty("targetGroups").EnumerateArray().Select(g => g.GetString()!).ToArray());
    }

    [Fact]
    public async Task The_import_template_downloads_with_the_chinese_headers()
    {
        var worker = await WorkerAsync();
        var response = await worker.GetAsync("/api/v1/clients/import-template");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        var header = (IDictionary<string, object?>)stream.Query(useHeaderRow: false, excelType: ExcelType.XLSX).First();
        Assert.Equal(ImportClientsHandler.Headers, header.Values.Select(v => v?.ToString()).ToArray());
    }

    [Fact]
    public async Task A_file_that_is_not_an_xlsx_is_a_400_not_a_fault()
    {
        var worker = await WorkerAsync();
        var content = new MultipartFormDataContent { { new ByteArrayContent("not a spreadsheet"u8.ToArray()), "file", "台账.xlsx" } };
        var problem = await (await worker.PostAsync("/api/v1/clients/import", content)).JsonAsync(HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("file", out _));
    }
}

[Collection(SqliteCollection.Name)] public sealed class ClientImportOnSqlite(SqliteApp app) : ClientImportTests(app);
[Collection(PostgresCollection.Name)] public sealed class ClientImportOnPostgres(PostgresApp app) : ClientImportTests(app);
