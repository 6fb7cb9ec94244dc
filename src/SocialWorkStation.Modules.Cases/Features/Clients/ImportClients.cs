using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MiniExcelLibs;
using SocialWorkStation.Modules.Cases.Data;
using SocialWorkStation.Modules.Cases.Domain;
using SocialWorkStation.Platform.Identity;
using SocialWorkStation.Platform.Imports;
using SocialWorkStation.Platform.Protection;
using SocialWorkStation.Platform.Results;
using SocialWorkStation.Platform.Stations;

namespace SocialWorkStation.Modules.Cases.Features.Clients;

public sealed record ImportProblem(int Row, string Field, string Message);
/// <summary>Imported count, or (nothing imported) every problem found, by Excel row number (the header is row 1).</summary>
public sealed record ImportOutcome(int Imported, IReadOnlyList<ImportProblem> Problems)
{
    public bool Failed => Problems.Count > 0;
}

/// <summary>导入服务对象台账: every row passes the same <see cref="ClientRules"/> as the form, duplicates of an ID number
/// within the file or in the station are errors, and the file is all-or-nothing (one SaveChanges).</summary>
internal sealed class ImportClientsHandler(CasesDb db, ICurrentUser user, IOptions<CasesOptions> options, StationClock clock,
    IPersonalDataProtector protector)
{
    public const long MaxBytes = 5 * 1024 * 1024;
    public const int MaxRows = 5000;
    public static readonly string[] Headers = ["姓名", "性别", "出生日期", "身份证号", "联系电话", "住址", "服务对象类别", "监护人", "监护人关系", "监护人电话", "备注"];

    private static readonly Dictionary<string, string> FieldHeaders = new()
    {
        ["name"] = "姓名", ["gender"] = "性别", ["birthDate"] = "出生日期", ["idNumber"] = "身份证号", ["phone"] = "联系电话",
        ["address"] = "住址", ["targetGroups"] = "服务对象类别", ["guardianName"] = "监护人", ["guardianRelationship"] = "监护人关系",
        ["guardianPhone"] = "监护人电话", ["notes"] = "备注",
    };

    public static byte[] Template()
    {
        var table = new System.Data.DataTable("服务对象台账");
        foreach (var h in Headers) table.Columns.Add(h, typeof(string));
        using var stream = new MemoryStream();
        stream.SaveAs(table, sheetName: "服务对象台账", excelType: ExcelType.XLSX);
        return stream.ToArray();
    }

    public async Task<Result<ImportOutcome>> HandleAsync(Stream xlsx, CancellationToken ct)
    {
        if (user.StationId is not { } stationId) return Error.Rule(CreateClientHandler.NoStation);
        if (XlsxImportGuard.Check(xlsx, Headers.Length + 10) is { } unsafeFile) return Error.Invalid("file", unsafeFile);
        List<IDictionary<string, object?>> rows;
        try
        {
            rows = (await xlsx.QueryAsync(useHeaderRow: true, excelType: ExcelType.XLSX, cancellationToken: ct))
                .Cast<IDictionary<string, object?>>().Take(MaxRows + 1).ToList();
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A corrupt or non-xlsx upload is the user's mistake, not a fault of ours.
            return Error.Invalid("file", "文件不是有效的 Excel（.xlsx）文件，请使用导入模板。");
        }
        if (rows.Count > MaxRows) return Error.Invalid("file", $"一次最多导入 {MaxRows} 行。");
        if (rows.Count == 0 || !rows[0].ContainsKey("姓名") || !rows[0].ContainsKey("身份证号"))
            return rows.Count == 0 ? Error.Invalid("file", "文件中没有数据行。") : Error.Invalid("file", "表头与导入模板不一致，请下载模板后填写。");

        var rules = new ClientRules(options, clock, protector);
        var problems = new List<ImportProblem>();
        var seen = new Dictionary<string, int>();
        var valid = new List<ValidClient>();
        for (var i = 0; i < rows.Count; i++)
        {
            var row = i + 2;
            var cells = rows[i];
            if (cells.Values.All(v => string.IsNullOrWhiteSpace(Text(v)))) continue;
            var (fields, cellProblems) = ToFields(cells);
            problems.AddRange(cellProblems.Select(p => new ImportProblem(row, p.Field, p.Message)));
            var result = rules.Validate(fields);
            if (result.IsFailure)
            {
                foreach (var (field, messages) in result.Error!.Fields ?? new Dictionary<string, string[]>())
                    if (!cellProblems.Any(p => p.Field == FieldHeaders.GetValueOrDefault(field, field)))
                        problems.AddRange(messages.Select(m => new ImportProblem(row, FieldHeaders.GetValueOrDefault(field, field), m)));
                continue;
            }
            var v = result.Value!;
            if (v.IdNumber is { } id)
            {
                if (seen.TryGetValue(id, out var first))
                {
                    problems.Add(new ImportProblem(row, "身份证号", $"与第 {first} 行的身份证号重复。"));
                    continue;
                }
                seen[id] = row;
                if (await CreateClientHandler.IdNumberTakenAsync(db, stationId, rules.IdIndex(id), null, ct))
                {
                    problems.Add(new ImportProblem(row, "身份证号", "本站已登记该身份证号的服务对象。"));
                    continue;
                }
            }
            if (cellProblems.Count == 0) valid.Add(v);
        }
        if (problems.Count > 0) return new ImportOutcome(0, problems.OrderBy(p => p.Row).ToList());
        if (valid.Count == 0) return Error.Invalid("file", "文件中没有数据行。");

        var now = clock.UtcNow();
        foreach (var v in valid)
        {
            var client = new Client { Name = v.Name, StationId = stationId, RegisteredById = user.StaffId, RegisteredAt = now };
            rules.Apply(client, v);
            db.Clients.Add(client);
        }
        await db.SaveChangesAsync(ct);
        return new ImportOutcome(valid.Count, []);
    }

    private static (ClientFields, List<ImportProblem>) ToFields(IDictionary<string, object?> cells)
    {
        var problems = new List<ImportProblem>();
        string? Cell(string header) => cells.TryGetValue(header, out var v) && Text(v) is { Length: > 0 } s ? s : null;
        var fields = new ClientFields
        {
            Name = Cell("姓名") ?? "", IdNumber = Cell("身份证号"), Phone = Cell("联系电话"), Address = Cell("住址"),
            TargetGroups = (Cell("服务对象类别") ?? "").Split(['、', ',', '，', ';', '；'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList(),
            GuardianName = Cell("监护人"), GuardianRelationship = Cell("监护人关系"), GuardianPhone = Cell("监护人电话"), Notes = Cell("备注"),
        };
        switch (Cell("性别"))
        {
            case null: break;
            case "男": fields.Gender = Gender.Male; break;
            case "女": fields.Gender = Gender.Female; break;
            default: problems.Add(new(0, "性别", "性别只能填写“男”或“女”。")); break;
        }
        if (cells.TryGetValue("出生日期", out var birth) && birth is not null && Text(birth) is { Length: > 0 })
        {
            if (ToDate(birth) is { } date) fields.BirthDate = date;
            else problems.Add(new(0, "出生日期", "出生日期格式应为 yyyy-MM-dd。"));
        }
        return (fields, problems);
    }

    private static DateOnly? ToDate(object value) => value switch
    {
        DateTime dt => DateOnly.FromDateTime(dt),
        double d when d is > 0 and < 2958466 => DateOnly.FromDateTime(DateTime.FromOADate(d)),
        _ => DateOnly.TryParseExact(Text(value), ["yyyy-MM-dd", "yyyy/M/d", "yyyy-M-d", "yyyyMMdd", "yyyy.M.d"], CultureInfo.InvariantCulture,
            DateTimeStyles.None, out var parsed) ? parsed : null,
    };

    private static string Text(object? value) => value switch
    {
        null => "",
        // A number typed into a numeric cell (an ID or phone) must not turn into 3.3E+17.
        double d => d.ToString("0.##########", CultureInfo.InvariantCulture),
        DateTime dt => dt.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture)?.Trim() ?? "",
    };
}
