using System.Collections.Concurrent;

namespace SocialWorkStation.Data;

/// <summary>SQLite lets one transaction write at a time, and Microsoft.Data.Sqlite waits for a busy database by sleeping
/// in 150 ms steps: at 8 concurrent writers that turned 10 ms saves into 200–400 ms tails. Writers of this process queue
/// here instead (one gate per database file), so each waits only as long as the save before it takes. The embedded
/// database has one app process by design; PostgreSQL needs no gate (row locks queue writers there).</summary>
internal static class SqliteWriteGate
{
    private static readonly ConcurrentDictionary<string, SemaphoreSlim> Gates = new();

    public static async Task<IDisposable> EnterAsync(string connectionString, bool isAsync, CancellationToken ct)
    {
        var gate = Gates.GetOrAdd(connectionString, _ => new SemaphoreSlim(1, 1));
        if (isAsync) await gate.WaitAsync(ct); else gate.Wait(ct);
        return new Turn(gate);
    }

    private sealed class Turn(SemaphoreSlim gate) : IDisposable
    {
        private int _released;
        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0) gate.Release();
        }
    }
}
