using Microsoft.Extensions.DependencyInjection;
using SocialWorkStation.IntegrationTests.Approvals;
using SocialWorkStation.IntegrationTests.Cases;
using SocialWorkStation.IntegrationTests.Infrastructure;
using SocialWorkStation.Modules.Cases;
using SocialWorkStation.Platform.Archives;

namespace SocialWorkStation.IntegrationTests.Archives;

/// <summary>A station that schedules no follow-up visits (Cases:FollowUpMonths empty): the approved closure alone
/// completes the case file. A dedicated app, because the option is read once per app.</summary>
public abstract class CaseFileWithoutFollowUpsTests
{
    protected abstract TestApp CreateApp(Action<IServiceCollection> services);

    [Fact]
    [Trait("Clause", "C8.2.2")]
    public async Task With_no_follow_ups_configured_the_approved_closure_hands_the_case_file_to_the_archive()
    {
        var app = CreateApp(s => s.PostConfigure<CasesOptions>(o => o.FollowUpMonths.Clear()));
        await app.InitializeAsync();
        try
        {
            var s = await app.CaseInServiceAsync();
            var (_, archivist) = await app.ArchivistAsync(s.Station);
            var closure = await s.Worker.RequestClosureOkAsync(s.Case.Id);
            Assert.Equal(0, (await archivist.HandOffsAsync()).Total); // requested is not approved

            await s.Supervisor.ApproveAsync(closure.ApprovalRequestId!.Value, "同意结案").AssertOkAsync();

            Assert.Empty(await s.Worker.FollowUpsAsync(s.Case.Id));
            var row = Assert.Single((await archivist.HandOffsAsync()).Items);
            Assert.Equal((ArchiveHandOffStatus.Pending, ArchiveClass.Service), (row.Status, row.Class));
            Assert.EndsWith($"（{s.Case.Number}）", row.Title);
        }
        finally
        {
            await ((IAsyncLifetime)app).DisposeAsync();
        }
    }
}

public sealed class CaseFileWithoutFollowUpsOnSqlite : CaseFileWithoutFollowUpsTests
{
    protected override TestApp CreateApp(Action<IServiceCollection> services) => new SqliteApp { TestServices = services };
}

public sealed class CaseFileWithoutFollowUpsOnPostgres : CaseFileWithoutFollowUpsTests
{
    protected override TestApp CreateApp(Action<IServiceCollection> services) => new PostgresApp { TestServices = services };
}
