using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace SocialWorkStation.UpgradeSnapshot;

/// <summary>Usage: SocialWorkStation.UpgradeSnapshot --provider Sqlite|Postgres --connection CS --files DIR --key BASE64
/// --manifest FILE --commit SHA (paths absolute or relative; a SQLite connection string's path absolute). The database must be empty (the release migrates it at start); attachments go to DIR.</summary>
public static class Maker
{
    public static async Task<int> Main(string[] args)
    {
        string Arg(string name) => args.SkipWhile(a => a != "--" + name).Skip(1).FirstOrDefault()
                                   ?? throw new ArgumentException($"--{name} is required");
        var options = new MakerOptions(Arg("provider"), Arg("connection"), Path.GetFullPath(Arg("files")), Arg("key"),
            Path.GetFullPath(Arg("manifest")), Arg("commit"));
        // WebApplicationFactory finds the app's content root through MvcTestingAppManifest.json in the working directory.
        Directory.SetCurrentDirectory(AppContext.BaseDirectory);

        SnapshotManifest manifest;
        await using (var host = new SnapshotHost(options))
        {
            host.Start();
            manifest = await new Story(host).RunAsync(options.Commit, options.Provider);
        }
        // Counted after the host has stopped, so nothing is written any more.
        await using (var connection = Open(options))
        {
            await connection.OpenAsync();
            manifest = manifest with { Rows = await SnapshotManifest.CountRowsAsync(connection) };
            // The SQLite file alone is the snapshot: fold the write-ahead log into it.
            if (connection is SqliteConnection sqlite)
            {
                SqliteConnection.ClearAllPools();
                await using var checkpoint = sqlite.CreateCommand();
                checkpoint.CommandText = "PRAGMA wal_checkpoint(TRUNCATE)";
                await checkpoint.ExecuteNonQueryAsync();
            }
        }
        manifest.Write(options.Manifest);
        Console.WriteLine($"{options.Provider}: {manifest.Rows.Count} tables, {manifest.Rows.Values.Sum()} rows, {manifest.AuditRows} audit rows");
        return 0;
    }

    private static DbConnection Open(MakerOptions o) =>
        o.Provider == "Postgres" ? new NpgsqlConnection(o.Connection) : new SqliteConnection(o.Connection);
}
