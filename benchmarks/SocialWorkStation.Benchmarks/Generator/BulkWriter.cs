using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using SocialWorkStation.Data;

namespace SocialWorkStation.Benchmarks.Generator;

/// <summary>The bulk path into the real schema: table, columns and value conversions come from the EF model (the same
/// mapping SaveChanges uses: enum→int, JSON lists→text, Guid/DateOnly per provider), rows go in by COPY (PostgreSQL) or
/// one prepared INSERT per table inside a transaction (SQLite).</summary>
internal abstract class BulkWriter(AppDbContext db)
{
    private readonly Dictionary<Type, TableMap> _maps = [];
    public Dictionary<string, long> RowsWritten { get; } = [];

    protected AppDbContext Db => db;

    public static BulkWriter For(AppDbContext db) => db.IsPostgres ? new PostgresBulkWriter(db) : new SqliteBulkWriter(db);

    public abstract Task BeginAsync();
    public abstract Task CommitAsync();

    public async Task WriteAsync<T>(IReadOnlyCollection<T> rows) where T : class
    {
        if (rows.Count == 0) return;
        var map = Map(typeof(T));
        await WriteRowsAsync(map, rows);
        RowsWritten[map.Table] = RowsWritten.GetValueOrDefault(map.Table) + rows.Count;
    }

    protected abstract Task WriteRowsAsync(TableMap map, IEnumerable<object> rows);

    protected TableMap Map(Type type)
    {
        if (_maps.TryGetValue(type, out var map)) return map;
        var entity = db.Model.FindEntityType(type) ?? throw new InvalidOperationException($"{type.Name} is not in the model");
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        var columns = entity.GetProperties()
            .Select(p => new Column(p, p.GetColumnName(table)!, (RelationalTypeMapping)p.GetRelationalTypeMapping()))
            .ToList();
        return _maps[type] = new TableMap(entity, table.Name, columns);
    }

    protected sealed record TableMap(IEntityType Entity, string Table, IReadOnlyList<Column> Columns)
    {
        public string ColumnList => string.Join(", ", Columns.Select(c => $"\"{c.Name}\""));
    }

    protected sealed record Column(IProperty Property, string Name, RelationalTypeMapping Mapping)
    {
        private readonly IClrPropertyGetter _getter = Property.GetGetter();

        /// <summary>The value as the provider stores it (after the model's value converter).</summary>
        public object? ProviderValue(object entity)
        {
            var value = _getter.GetClrValue(entity);
            if (value is null) return null;
            return Mapping.Converter is { } converter ? converter.ConvertToProvider(value) : value;
        }
    }
}

internal sealed class SqliteBulkWriter(AppDbContext db) : BulkWriter(db)
{
    private readonly Dictionary<string, DbCommand> _commands = [];
    private SqliteConnection _connection = null!;
    private SqliteTransaction? _transaction;

    public override async Task BeginAsync()
    {
        if (_transaction is null)
        {
            _connection = (SqliteConnection)Db.Database.GetDbConnection();
            if (_connection.State != System.Data.ConnectionState.Open) await _connection.OpenAsync();
            // A load, not a service: durability comes from the final checkpoint, not from every commit.
            await using var pragma = _connection.CreateCommand();
            pragma.CommandText = "PRAGMA synchronous=OFF; PRAGMA cache_size=-262144; PRAGMA temp_store=MEMORY;";
            await pragma.ExecuteNonQueryAsync();
        }
        _transaction = _connection.BeginTransaction();
        foreach (var command in _commands.Values) command.Transaction = _transaction;
    }

    public override async Task CommitAsync()
    {
        await _transaction!.CommitAsync();
    }

    protected override Task WriteRowsAsync(TableMap map, IEnumerable<object> rows)
    {
        if (!_commands.TryGetValue(map.Table, out var command))
        {
            command = _connection.CreateCommand();
            command.CommandText = $"INSERT INTO \"{map.Table}\" ({map.ColumnList}) VALUES ({string.Join(", ", map.Columns.Select((_, i) => "$p" + i))})";
            // The provider's own parameter set-up (e.g. Guid as upper-case TEXT, as EF writes it).
            for (var i = 0; i < map.Columns.Count; i++)
                command.Parameters.Add(map.Columns[i].Mapping.CreateParameter(command, "$p" + i, null, map.Columns[i].Property.IsNullable));
            command.Transaction = _transaction;
            command.Prepare();
            _commands[map.Table] = command;
        }
        foreach (var row in rows)
        {
            for (var i = 0; i < map.Columns.Count; i++) command.Parameters[i].Value = map.Columns[i].ProviderValue(row) ?? DBNull.Value;
            command.ExecuteNonQuery();
        }
        return Task.CompletedTask;
    }
}

internal sealed class PostgresBulkWriter(AppDbContext db) : BulkWriter(db)
{
    private NpgsqlConnection _connection = null!;
    private NpgsqlTransaction? _transaction;

    public override async Task BeginAsync()
    {
        _connection = (NpgsqlConnection)Db.Database.GetDbConnection();
        if (_connection.State != System.Data.ConnectionState.Open) await _connection.OpenAsync();
        _transaction = await _connection.BeginTransactionAsync();
    }

    public override async Task CommitAsync() => await _transaction!.CommitAsync();

    protected override async Task WriteRowsAsync(TableMap map, IEnumerable<object> rows)
    {
        await using var importer = await _connection.BeginBinaryImportAsync($"COPY \"{map.Table}\" ({map.ColumnList}) FROM STDIN (FORMAT BINARY)");
        var types = map.Columns.Select(c => c.Mapping.StoreTypeNameBase).ToArray();
        foreach (var row in rows)
        {
            await importer.StartRowAsync();
            for (var i = 0; i < map.Columns.Count; i++)
            {
                var value = map.Columns[i].ProviderValue(row);
                if (value is null) await importer.WriteNullAsync();
                else await importer.WriteAsync(value, types[i]);
            }
        }
        await importer.CompleteAsync();
    }
}
