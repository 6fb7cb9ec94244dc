using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using SocialWorkStation.IntegrationTests.Attachments;
using SocialWorkStation.IntegrationTests.Cases;
using SocialWorkStation.IntegrationTests.Infrastructure;
using SocialWorkStation.Modules.Cases.Features.Delivery;
using SocialWorkStation.Platform.Archives;
using SocialWorkStation.Platform.Common;
using SocialWorkStation.Platform.Identity;
using SocialWorkStation.Platform.Stations;
using static SocialWorkStation.IntegrationTests.Cases.ServiceDeliveryApi;

namespace SocialWorkStation.IntegrationTests.Archives;

/// <summary>Intent helpers for the archive hand-off: a case file taken through closure and follow-ups, the archivist's
/// view of /api/v1/archive-handoffs, and the seal the archives module (C8, not built yet) will apply.</summary>
internal static class ArchiveKit
{
    public static async Task<(TestUser User, HttpClient Client)> ArchivistAsync(this TestApp app, Station station)
    {
        var archivist = await app.NewUserAsync(Roles.Archivist, station);
        return (archivist, await app.ClientForAsync(archivist, station));
    }

    public static async Task<Paged<ArchiveHandOffRow>> HandOffsAsync(this HttpClient client, string query = "")
    {
        var response = await client.GetAsync("/api/v1/archive-handoffs" + query);
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<Paged<ArchiveHandOffRow>>())!;
    }

    public static async Task<ArchiveHandOffDetail> HandOffAsync(this HttpClient client, Guid id)
    {
        var response = await client.GetAsync($"/api/v1/archive-handoffs/{id}");
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<ArchiveHandOffDetail>())!;
    }

    public static async Task RecordFollowUpOkAsync(this HttpClient worker, Guid followUpId)
    {
        var response = await worker.PostAsJsonAsync($"/api/v1/follow-ups/{followUpId}/record", new
        {
            doneOn = Today, method = "电话", findings = "生活稳定，按时服药，每周参加社区活动", needsReopening = false,
        });
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
    }

    /// <summary>A service record with a signed sheet attached, for a case file that has files of its own.</summary>
    public static async Task<(ServiceRecordDto Record, UploadedDto Sheet)> ServiceWithSheetAsync(this CaseInService s)
    {
        var record = await s.Worker.RecordServiceOkAsync(s.Case.Id);
        var upload = await s.Worker.UploadToRecordAsync(record.Id);
        Assert.True(upload.StatusCode == HttpStatusCode.OK, await upload.Content.ReadAsStringAsync());
        return (record, (await upload.Content.ReadFromJsonAsync<UploadedDto>())!);
    }

    public static Task<HttpResponseMessage> UploadToRecordAsync(this HttpClient client, Guid serviceRecordId) =>
        client.PostAsync($"/api/v1/attachments/{ServiceRecordAttachmentOwner.Type}/{serviceRecordId}", AttachmentKit.Form(AttachmentKit.Pdf, "服务签到表.pdf"));

    /// <summary>Closure approved, then every scheduled follow-up recorded: the case file is complete.</summary>
    public static async Task CompleteCaseFileAsync(this CaseInService s)
    {
        await s.CloseThroughApprovalAsync();
        foreach (var followUp in await s.Worker.FollowUpsAsync(s.Case.Id)) await s.Worker.RecordFollowUpOkAsync(followUp.Id);
    }

    /// <summary>Files a pending hand-off with a 档号, as the archives module will; this seals the source record.</summary>
    public static async Task SealAsync(this TestApp app, TestUser archivist, Station station, Guid handOffId, string archiveNumber)
    {
        await using var scope = await app.UserScopeAsync(archivist, station);
        var filed = await scope.ServiceProvider.GetRequiredService<ArchiveFiling>().FileAsync(handOffId, archiveNumber);
        Assert.True(filed.IsSuccess, filed.Error?.Message);
    }
}
