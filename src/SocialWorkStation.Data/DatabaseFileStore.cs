using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SocialWorkStation.Platform.Attachments;
using SocialWorkStation.Platform.Identity;

namespace SocialWorkStation.Data;

/// <summary>Attachment bytes in the database (<c>Attachments:Store=Database</c>), so every app node over one PostgreSQL
/// serves every file (issue 11). A file is written in chunks of <see cref="ChunkSize"/> bytes inside one transaction
/// (all or nothing) and read back one chunk at a time: neither direction holds a whole file in memory.</summary>
internal sealed partial class DatabaseFileStore(IServiceScopeFactory scopes) : IFileStore
{
    public const int ChunkSize = 256 * 1024;

    public async Task<string> SaveAsync(Stream content, CancellationToken ct = default)
    {
        var key = Guid.NewGuid().ToString("N");
        await using var scope = SystemScope(out var db);
        using var turn = await db.WriteTurnAsync(isAsync: true, ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var buffer = new byte[ChunkSize];
        for (var seq = 0; ; seq++)
        {
            var read = await content.ReadAtLeastAsync(buffer, ChunkSize, throwOnEndOfStream: false, ct);
            // An empty file is one empty chunk, so that it exists.
            if (read == 0 && seq > 0) break;
            db.FileChunks.Add(new StoredFileChunk { Key = key, Seq = seq, Data = buffer[..read] });
            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
            if (read < ChunkSize) break;
        }
        await tx.CommitAsync(ct);
        return key;
    }

    public async Task<Stream?> OpenReadAsync(string key, CancellationToken ct = default)
    {
        Check(key);
        var scope = SystemScope(out var db);
        try
        {
            var chunks = await db.FileChunks.CountAsync(c => c.Key == key, ct);
            // The stream owns the scope from here and disposes it with itself.
            if (chunks > 0) return new ChunkStream(scope, db, key, chunks);
        }
        catch
        {
            await scope.DisposeAsync();
            throw;
        }
        await scope.DisposeAsync();
        return null;
    }

    public async Task DeleteAsync(string key, CancellationToken ct = default)
    {
        Check(key);
        await using var scope = SystemScope(out var db);
        using var turn = await db.WriteTurnAsync(isAsync: true, ct);
        await db.FileChunks.Where(c => c.Key == key).ExecuteDeleteAsync(ct);
    }

    /// <summary>The store is shared by every request; each operation gets a context of its own.</summary>
    private AsyncServiceScope SystemScope(out AppDbContext db)
    {
        var scope = scopes.CreateSystemScope();
        db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        return scope;
    }

    private static void Check(string key)
    {
        if (!KeyPattern().IsMatch(key)) throw new ArgumentException("Invalid storage key.", nameof(key));
    }

    [GeneratedRegex("^[0-9a-f]{32}$")]
    private static partial Regex KeyPattern();

    /// <summary>Reads the chunks in order as they are asked for; holds one chunk and the context it reads with.</summary>
    private sealed class ChunkStream(AsyncServiceScope scope, AppDbContext db, string key, int chunks) : Stream
    {
        private byte[] _current = [];
        private int _offset;
        private int _next;
        private long _position;

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => _position; set => throw new NotSupportedException(); }

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken ct = default)
        {
            while (_offset == _current.Length)
            {
                if (_next == chunks) return 0;
                var seq = _next++;
                _current = await db.FileChunks.AsNoTracking().Where(c => c.Key == key && c.Seq == seq)
                    .Select(c => c.Data).SingleAsync(ct);
                _offset = 0;
            }
            var n = Math.Min(buffer.Length, _current.Length - _offset);
            _current.AsMemory(_offset, n).CopyTo(buffer);
            _offset += n;
            _position += n;
            return n;
        }

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken ct) =>
            ReadAsync(buffer.AsMemory(offset, count), ct).AsTask();

        public override int Read(byte[] buffer, int offset, int count) =>
            ReadAsync(buffer.AsMemory(offset, count)).AsTask().GetAwaiter().GetResult();

        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override async ValueTask DisposeAsync()
        {
            await scope.DisposeAsync();
            await base.DisposeAsync();
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing) scope.Dispose();
            base.Dispose(disposing);
        }
    }
}
