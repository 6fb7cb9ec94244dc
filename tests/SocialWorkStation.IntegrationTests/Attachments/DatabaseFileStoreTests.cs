using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SocialWorkStation.Data;
using SocialWorkStation.IntegrationTests.Infrastructure;
using SocialWorkStation.Platform.Identity;

namespace SocialWorkStation.IntegrationTests.Attachments;

/// <summary>Issue 11: with <c>Attachments:Store=Database</c> the bytes live in the database, in chunks, so every node
/// over one PostgreSQL serves them; nothing is written to the node's disk.</summary>
public abstract class DatabaseFileStoreTests
{
    protected abstract TestApp CreateApp(Dictionary<string, string> settings);

    [Fact]
    public async Task A_file_is_kept_in_chunks_in_the_database_comes_back_byte_for_byte_and_goes_with_its_attachment()
    {
        var app = CreateApp(new() { ["Attachments:Store"] = "Database" });
        await app.InitializeAsync();
        try
        {
            var station = await app.NewStationAsync();
            var requester = await app.NewUserAsync(Roles.SocialWorker, station);
            using var client = await app.ClientForAsync(requester);
            var requestId = await app.StartApprovalAsync(requester, station);
            // 700,000 bytes: two full chunks of 256 KiB and a partial third.
            var bytes = new byte[700_000];
            new Random(11).NextBytes(bytes);
            AttachmentKit.Pdf.CopyTo(bytes, 0);

            var file = await client.UploadOkAsync(requestId, bytes, "扫描件.pdf");
            var key = (await app.RowsAsync(requestId)).Single().StorageKey;
            Assert.Equal(new[] { 262_144, 262_144, 175_712 }, await ChunkSizesAsync(app, key));
            Assert.Empty(app.StoredFiles());

            var downloaded = await client.GetByteArrayAsync($"/api/v1/attachments/{file.Id}/content");
            Assert.Equal(AttachmentKit.Sha256(bytes), AttachmentKit.Sha256(downloaded));

            Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync($"/api/v1/attachments/{file.Id}")).StatusCode);
            Assert.Empty(await ChunkSizesAsync(app, key));
        }
        finally
        {
            await ((IAsyncLifetime)app).DisposeAsync();
        }
    }

    [Fact]
    public async Task An_unknown_store_is_refused_at_start_with_the_choices()
    {
        var app = CreateApp(new() { ["Attachments:Store"] = "S3" });
        var failure = await Assert.ThrowsAnyAsync<Exception>(app.InitializeAsync);
        Assert.Contains("Attachments:Store 只能是 Local", failure.ToString());
        try { await ((IAsyncLifetime)app).DisposeAsync(); } catch (Exception) { }
    }

    private static async Task<List<int>> ChunkSizesAsync(TestApp app, string key)
    {
        await using var scope = app.SystemScope();
        var chunks = await scope.ServiceProvider.GetRequiredService<AppDbContext>().FileChunks.AsNoTracking()
            .Where(c => c.Key == key).OrderBy(c => c.Seq).Select(c => c.Data).ToListAsync();
        return chunks.Select(c => c.Length).ToList();
    }
}

[Collection(SqliteCollection.Name)]
public sealed class DatabaseFileStoreOnSqlite : DatabaseFileStoreTests
{
    protected override TestApp CreateApp(Dictionary<string, string> settings) => new SqliteApp { Settings = settings };
}

[Collection(PostgresCollection.Name)]
public sealed class DatabaseFileStoreOnPostgres : DatabaseFileStoreTests
{
    protected override TestApp CreateApp(Dictionary<string, string> settings) => new PostgresApp { Settings = settings };
}
