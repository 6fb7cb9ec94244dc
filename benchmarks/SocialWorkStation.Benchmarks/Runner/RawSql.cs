using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace SocialWorkStation.Benchmarks.Runner;

/// <summary>The SQL the list, search, lookup and dashboard endpoints need, written by hand over ADO.NET: the floor the
/// app is compared with (app ÷ raw). Same rows as the EF queries for a social worker of one station: the station filter,
/// the C1.3.4 access rule of CaseAccess (worker or supervisor of a case, registered the client, or shared with them),
/// count + first page of 20. Identifiers are double-quoted, which both SQLite and PostgreSQL accept.</summary>
public sealed class RawSql(string provider, string connectionString)
{
    private readonly bool _pg = provider.Equals("Postgres", StringComparison.OrdinalIgnoreCase);

    private const string CaseAccess = """
        (k."WorkerId" = @me OR k."SupervisorId" = @me OR EXISTS (
            SELECT 1 FROM "cases_client" AS a
            WHERE a."StationId" = @station AND a."Id" = k."ClientId" AND (a."RegisteredById" = @me OR EXISTS (
                SELECT 1 FROM "cases_client_share" AS s WHERE s."ClientId" = a."Id" AND s."UserId" = @me))))
        """;

    private const string ClientAccess = """
        (c."RegisteredById" = @me
         OR EXISTS (SELECT 1 FROM "cases_client_share" AS s WHERE s."ClientId" = c."Id" AND s."UserId" = @me)
         OR EXISTS (SELECT 1 FROM "cases_case" AS k WHERE k."StationId" = @station AND k."ClientId" = c."Id"
                    AND (k."WorkerId" = @me OR k."SupervisorId" = @me)))
        """;

    /// <summary>个案列表: status + worker filter, sorted by last contact (never-contacted last), first page of 20.</summary>
    public async Task<int> CaseListAsync(BenchWorker w, DateOnly today)
    {
        const string where = $"""WHERE k."StationId" = @station AND {CaseAccess} AND k."Status" = @status AND k."WorkerId" = @worker""";
        await using var db = await OpenAsync();
        var args = new (string, object)[] { ("station", w.StationId), ("me", w.UserId), ("status", w.ListStatus), ("worker", w.UserId), ("today", today) };
        await ScalarAsync(db, $"""SELECT COUNT(*) FROM "cases_case" AS k {where}""", args);
        return await RowsAsync(db, $"""
            SELECT k."Id", k."Number", c."Name", k."Status", k."RiskLevel", k."WorkerName", k."LastContactOn", k."NextContactDue",
                   k."Status" = 3 AND ((k."NextContactDue" IS NOT NULL AND k."NextContactDue" < @today)
                                    OR (k."NextReviewDue" IS NOT NULL AND k."NextReviewDue" < @today)) AS "Overdue",
                   k."ServiceCount"
            FROM "cases_case" AS k
            JOIN "cases_client" AS c ON c."Id" = k."ClientId" AND c."StationId" = @station
            {where}
            ORDER BY k."LastContactOn" IS NULL, k."LastContactOn" DESC, k."Id"
            LIMIT 20 OFFSET 0
            """, args);
    }

    /// <summary>服务对象列表 by a name fragment (instr/strpos, as EF translates string.Contains) or by the blind index of a
    /// full ID number; sorted by name; count + first page.</summary>
    public async Task<int> ClientsAsync(BenchWorker w, string? nameFragment, string? idIndex)
    {
        var match = idIndex is not null ? """c."IdNumberIndex" = @q""" : _pg ? """strpos(c."Name", @q) > 0""" : """instr(c."Name", @q) > 0""";
        var where = $"""WHERE c."StationId" = @station AND {ClientAccess} AND {match}""";
        var args = new (string, object)[] { ("station", w.StationId), ("me", w.UserId), ("q", idIndex ?? nameFragment!) };
        await using var db = await OpenAsync();
        await ScalarAsync(db, $"""SELECT COUNT(*) FROM "cases_client" AS c {where}""", args);
        return await RowsAsync(db, $"""
            SELECT c."Id", c."Name", c."Gender", c."BirthDateCipher", c."IdNumberMasked", c."PhoneMasked", c."TargetGroups", c."RegisteredAt"
            FROM "cases_client" AS c {where}
            ORDER BY c."Name", c."Id"
            LIMIT 20 OFFSET 0
            """, args);
    }

    /// <summary>服务统计看板 of one station: the same ten counts and sums GetDashboardHandler makes, one statement each.</summary>
    public async Task DashboardAsync(Guid station, DateOnly today)
    {
        var monthStart = new DateOnly(today.Year, today.Month, 1);
        var weekEnd = today.AddDays(7 - ((int)today.DayOfWeek + 6) % 7);
        var args = new (string, object)[] { ("station", station), ("today", today), ("from", monthStart), ("until", monthStart.AddMonths(1)), ("weekEnd", weekEnd) };
        await using var db = await OpenAsync();
        await RowsAsync(db, """SELECT k."Status", COUNT(*) FROM "cases_case" AS k WHERE k."StationId" = @station GROUP BY k."Status" """, args);
        foreach (var sql in new[]
                 {
                     """SELECT COUNT(*) FROM "cases_case" AS k WHERE k."StationId" = @station AND k."Status" = 3 AND k."NextContactDue" IS NOT NULL AND k."NextContactDue" < @today""",
                     """SELECT COUNT(*) FROM "cases_case" AS k WHERE k."StationId" = @station AND k."Status" = 3 AND k."NextReviewDue" IS NOT NULL AND k."NextReviewDue" < @today""",
                     """SELECT COUNT(*) FROM "cases_follow_up" AS f WHERE f."StationId" = @station AND f."DoneOn" IS NULL AND f."DueOn" < @weekEnd""",
                     """SELECT COUNT(*) FROM "cases_service_record" AS r WHERE r."StationId" = @station AND r."ServiceDate" >= @from AND r."ServiceDate" < @until""",
                     """SELECT COALESCE(SUM(r."DurationMinutes"), 0) FROM "cases_service_record" AS r WHERE r."StationId" = @station AND r."ServiceDate" >= @from AND r."ServiceDate" < @until""",
                     """SELECT COUNT(*) FROM "cases_activity" AS a WHERE a."StationId" = @station AND a."Date" >= @from AND a."Date" < @until""",
                     """SELECT COALESCE(SUM(a."WalkInCount"), 0) FROM "cases_activity" AS a WHERE a."StationId" = @station AND a."Date" >= @from AND a."Date" < @until""",
                     """SELECT COUNT(*) FROM "cases_case" AS k WHERE k."StationId" = @station AND k."IntakeDate" >= @from AND k."IntakeDate" < @until""",
                     """SELECT COUNT(*) FROM "cases_case" AS k WHERE k."StationId" = @station AND k."ClosedOn" IS NOT NULL AND k."ClosedOn" >= @from AND k."ClosedOn" < @until""",
                 })
            await ScalarAsync(db, sql, args);
    }

    /// <summary>Rows of the city ledger export: service records of the month in every station.</summary>
    public async Task<long> ServiceRecordsInMonthAsync(DateOnly monthStart)
    {
        await using var db = await OpenAsync();
        return Convert.ToInt64(await ScalarAsync(db,
            """SELECT COUNT(*) FROM "cases_service_record" AS r WHERE r."ServiceDate" >= @from AND r."ServiceDate" < @until""",
            [("from", monthStart), ("until", monthStart.AddMonths(1))]));
    }

    public async Task<string> ServerVersionAsync()
    {
        await using var db = await OpenAsync();
        return (_pg ? "PostgreSQL " : "SQLite ") + await ScalarAsync(db, _pg ? "SHOW server_version" : "SELECT sqlite_version()", []);
    }

    private async Task<DbConnection> OpenAsync()
    {
        DbConnection db = _pg ? new NpgsqlConnection(connectionString) : new SqliteConnection(connectionString);
        await db.OpenAsync();
        return db;
    }

    private async Task<object?> ScalarAsync(DbConnection db, string sql, (string Name, object Value)[] args)
    {
        await using var cmd = Command(db, sql, args);
        return await cmd.ExecuteScalarAsync();
    }

    /// <summary>Reads every column of every row, as materialising the DTOs would.</summary>
    private async Task<int> RowsAsync(DbConnection db, string sql, (string Name, object Value)[] args)
    {
        await using var cmd = Command(db, sql, args);
        await using var reader = await cmd.ExecuteReaderAsync();
        var rows = 0;
        var values = new object[reader.FieldCount];
        while (await reader.ReadAsync())
        {
            reader.GetValues(values);
            rows++;
        }
        return rows;
    }

    private DbCommand Command(DbConnection db, string sql, (string Name, object Value)[] args)
    {
        var cmd = db.CreateCommand();
        cmd.CommandText = sql;
        foreach (var (name, value) in args.Where(a => sql.Contains("@" + a.Name)))
        {
            var p = cmd.CreateParameter();
            p.ParameterName = name;
            p.Value = _pg ? value : SqliteValue(value);
            cmd.Parameters.Add(p);
        }
        return cmd;
    }

    /// <summary>EF Core's SQLite provider stores Guids as upper-case TEXT and dates as yyyy-MM-dd TEXT; ADO.NET would
    /// bind a Guid as a BLOB and match nothing.</summary>
    private static object SqliteValue(object value) => value switch
    {
        Guid g => g.ToString().ToUpperInvariant(),
        DateOnly d => d.ToString("yyyy-MM-dd"),
        _ => value,
    };
}
