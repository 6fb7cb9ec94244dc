using Microsoft.Extensions.DependencyInjection;
using SocialWorkStation.Data;
using SocialWorkStation.IntegrationTests.Infrastructure;
using SocialWorkStation.Platform.Archives;
using SocialWorkStation.Platform.Identity;
using SocialWorkStation.Platform.Results;
using SocialWorkStation.Platform.Stations;

namespace SocialWorkStation.IntegrationTests.Archives;

/// <summary>The hand-off contract as any module uses it (here a stand-in "test" module with a yearly report):
/// one hand-off per source record, whatever the number of declarations, and nothing changes once it is filed.</summary>
public abstract class ArchiveHandOffContractTests(TestApp app)
{
    private static ArchiveDeclaration Report(Station station, Guid recordId, string title = "2025年度工作总结") => new(
        new ArchiveSource("test", "test.report", recordId, station.Id), ArchiveClass.Documentary, 2025, title,
        new DateOnly(2025, 12, 31), RetentionPeriod.Permanent, [], [new ArchiveDocumentRef("report", "年度工作总结.pdf", "application/pdf")]);

    /// <summary>Declares in a unit of work of its own, as a module's use case would, and saves it.</summary>
    private async Task<Result<Guid>> DeclareAsync(TestUser user, Station station, params ArchiveDeclaration[] declarations)
    {
        await using var scope = await app.UserScopeAsync(user, station);
        var handOffs = scope.ServiceProvider.GetRequiredService<IArchiveHandOffs>();
        Result<Guid> last = Error.NotFound();
        foreach (var declaration in declarations)
        {
            last = await handOffs.DeclareAsync(declaration);
            if (last.IsFailure) return last;
        }
        await scope.ServiceProvider.GetRequiredService<AppDbContext>().SaveChangesAsync();
        return last;
    }

    [Fact]
    [Trait("Clause", "C8.2.2")]
    public async Task Declaring_the_same_record_again_updates_its_one_pending_hand_off()
    {
        var station = await app.NewStationAsync();
        var director = await app.NewUserAsync(Roles.Director, station);
        var (_, archivist) = await app.ArchivistAsync(station);
        var recordId = Guid.CreateVersion7();

        // Twice in one unit of work, then again in another: still one row, with the latest content.
        var first = await DeclareAsync(director, station, Report(station, recordId), Report(station, recordId, "2025年度工作总结（初稿）"));
        var second = await DeclareAsync(director, station, Report(station, recordId, "2025年度工作总结（定稿）"));

        Assert.True(first.IsSuccess && second.IsSuccess, first.Error?.Message ?? second.Error?.Message);
        Assert.Equal(first.Value, second.Value);
        var row = Assert.Single((await archivist.HandOffsAsync()).Items);
        Assert.Equal((first.Value, "2025年度工作总结（定稿）", ArchiveHandOffStatus.Pending), (row.Id, row.Title, row.Status));
        Assert.Equal((ArchiveClass.Documentary, "WS", RetentionPeriod.Permanent, "Y"), (row.Class, row.ClassCode, row.Retention, row.RetentionCode));
    }

    [Fact]
    [Trait("Clause", "C8.2.2")]
    public async Task A_filed_hand_off_is_sealed_it_can_be_neither_declared_again_nor_withdrawn()
    {
        var station = await app.NewStationAsync();
        var director = await app.NewUserAsync(Roles.Director, station);
        var (archivistUser, _) = await app.ArchivistAsync(station);
        var recordId = Guid.CreateVersion7();
        var id = (await DeclareAsync(director, station, Report(station, recordId))).Value;

        await app.SealAsync(archivistUser, station, id, "J001-WS·2025-Y-0001");

        var again = await DeclareAsync(director, station, Report(station, recordId, "改过的题名"));
        Assert.Equal(ErrorKind.Conflict, again.Error?.Kind);
        await using var scope = await app.UserScopeAsync(director, station);
        var handOffs = scope.ServiceProvider.GetRequiredService<IArchiveHandOffs>();
        Assert.Equal(ErrorKind.Conflict, (await handOffs.WithdrawAsync("test.report", recordId)).Error?.Kind);
        Assert.True(await handOffs.IsSealedAsync("test.report", recordId));
        Assert.Equal(ArchiveHandOffStatus.Filed, await handOffs.StatusAsync("test.report", recordId));
        Assert.False(await handOffs.IsSealedAsync("test.report", Guid.CreateVersion7()));
    }

    [Fact]
    [Trait("Clause", "C8.2.3")]
    public async Task A_returned_hand_off_keeps_its_reason_until_the_module_declares_it_again()
    {
        var station = await app.NewStationAsync();
        var director = await app.NewUserAsync(Roles.Director, station);
        var (archivistUser, archivist) = await app.ArchivistAsync(station);
        var recordId = Guid.CreateVersion7();
        var id = (await DeclareAsync(director, station, Report(station, recordId))).Value;
        await using (var scope = await app.UserScopeAsync(archivistUser, station))
        {
            var returned = await scope.ServiceProvider.GetRequiredService<ArchiveFiling>().ReturnAsync(id, "缺少站长签字页");
            Assert.True(returned.IsSuccess, returned.Error?.Message);
        }
        var detail = await archivist.HandOffAsync(id);
        Assert.Equal((ArchiveHandOffStatus.Returned, "缺少站长签字页"), (detail.Status, detail.ReturnReason));

        await DeclareAsync(director, station, Report(station, recordId, "2025年度工作总结（补签字页）"));

        var again = await archivist.HandOffAsync(id);
        Assert.Equal((ArchiveHandOffStatus.Pending, (string?)null), (again.Status, again.ReturnReason));
    }

    [Fact]
    [Trait("Clause", "C8.2.2")]
    public async Task A_declaration_naming_another_stations_file_or_no_file_at_all_is_refused()
    {
        var station = await app.NewStationAsync();
        var director = await app.NewUserAsync(Roles.Director, station);
        var (_, archivist) = await app.ArchivistAsync(station);

        var foreign = await DeclareAsync(director, station, Report(station, Guid.CreateVersion7()) with { AttachmentIds = [Guid.CreateVersion7()] });
        var empty = await DeclareAsync(director, station, Report(station, Guid.CreateVersion7()) with { Documents = [] });

        Assert.Equal(ErrorKind.Validation, foreign.Error?.Kind);
        Assert.Equal(ErrorKind.Validation, empty.Error?.Kind);
        Assert.Equal(0, (await archivist.HandOffsAsync()).Total);
    }
}

[Collection(SqliteCollection.Name)] public sealed class ArchiveHandOffContractOnSqlite(SqliteApp app) : ArchiveHandOffContractTests(app);
[Collection(PostgresCollection.Name)] public sealed class ArchiveHandOffContractOnPostgres(PostgresApp app) : ArchiveHandOffContractTests(app);
