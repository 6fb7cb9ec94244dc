using Microsoft.Extensions.DependencyInjection;
using SocialWorkStation.Data;
using SocialWorkStation.IntegrationTests.Attachments;
using SocialWorkStation.IntegrationTests.Infrastructure;
using SocialWorkStation.Platform.Archives;
using SocialWorkStation.Platform.Identity;
using SocialWorkStation.Platform.Stations;

namespace SocialWorkStation.IntegrationTests.Archives;

/// <summary>A station-B hand-off, with a station-B file it lists, for the archive routes of the isolation test.</summary>
public sealed class ArchiveStationBRecords : IStationBRecords
{
    public async Task<IReadOnlyDictionary<string, StationBRecord>> CreateAsync(TestApp app, Station b)
    {
        var requester = await app.NewUserAsync(Roles.SocialWorker, b);
        var approval = await app.StartApprovalAsync(requester, b);
        using var client = await app.ClientForAsync(requester, b);
        var file = await client.UploadOkAsync(approval, AttachmentKit.Pdf, "b.pdf");
        Guid id;
        await using (var scope = await app.UserScopeAsync(requester, b))
        {
            var declared = await scope.ServiceProvider.GetRequiredService<IArchiveHandOffs>().DeclareAsync(new ArchiveDeclaration(
                new ArchiveSource("test", "test.report", Guid.CreateVersion7(), b.Id), ArchiveClass.Documentary, 2025, "B站年度工作总结",
                new DateOnly(2025, 12, 31), RetentionPeriod.Permanent, [file.Id], [new ArchiveDocumentRef("report", "总结.pdf", "application/pdf")]));
            Assert.True(declared.IsSuccess, declared.Error?.Message);
            await scope.ServiceProvider.GetRequiredService<AppDbContext>().SaveChangesAsync();
            id = declared.Value;
        }
        return new Dictionary<string, StationBRecord>
        {
            ["/api/v1/archive-handoffs/{id:guid}"] = new($"/api/v1/archive-handoffs/{id}"),
            ["/api/v1/archive-handoffs/{id:guid}/documents/{number:int}"] = new($"/api/v1/archive-handoffs/{id}/documents/1"),
            ["/api/v1/archive-handoffs/{id:guid}/attachments/{attachmentId:guid}"] = new($"/api/v1/archive-handoffs/{id}/attachments/{file.Id}"),
        };
    }
}
