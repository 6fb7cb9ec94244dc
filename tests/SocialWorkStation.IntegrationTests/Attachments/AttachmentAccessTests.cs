using System.Net;
using System.Net.Http.Json;
using SocialWorkStation.IntegrationTests.Infrastructure;
using SocialWorkStation.Platform.Identity;
using SocialWorkStation.Platform.Stations;

namespace SocialWorkStation.IntegrationTests.Attachments;

/// <summary>A file is exactly as visible and as changeable as the approval request it belongs to.</summary>
public abstract class AttachmentAccessTests(TestApp app)
{
    private sealed record Scene(Station Station, TestUser Requester, HttpClient RequesterClient, Guid RequestId, UploadedDto File);

    private async Task<Scene> RequestWithFileAsync()
    {
        var station = await app.NewStationAsync();
        var requester = await app.NewUserAsync(Roles.SocialWorker, station);
        var client = await app.ClientForAsync(requester);
        var requestId = await app.StartApprovalAsync(requester, station);
        var file = await client.UploadOkAsync(requestId, AttachmentKit.Pdf, "报价单.pdf");
        return new Scene(station, requester, client, requestId, file);
    }

    private static async Task<HttpStatusCode[]> TryEverythingAsync(HttpClient client, Scene scene) =>
    [
        (await client.GetAsync($"/api/v1/attachments/approval/{scene.RequestId}")).StatusCode,
        (await client.GetAsync($"/api/v1/attachments/{scene.File.Id}/content")).StatusCode,
        (await client.DeleteAsync($"/api/v1/attachments/{scene.File.Id}")).StatusCode,
        (await client.UploadAsync(scene.RequestId, AttachmentKit.Pdf, "x.pdf")).StatusCode,
    ];

    [Fact]
    [Trait("Clause", "C1.3.4")]
    public async Task A_user_of_another_station_gets_404_for_list_download_delete_and_upload()
    {
        var scene = await RequestWithFileAsync();
        var other = await app.NewStationAsync();
        var director = await app.NewUserAsync(Roles.Director, other);

        var statuses = await TryEverythingAsync(await app.ClientForAsync(director), scene);

        Assert.All(statuses, s => Assert.Equal(HttpStatusCode.NotFound, s));
        Assert.Single(await app.RowsAsync(scene.RequestId));
    }

    [Fact]
    [Trait("Clause", "C1.3.4")]
    public async Task A_colleague_who_is_neither_requester_nor_approver_nor_overseer_gets_404()
    {
        var scene = await RequestWithFileAsync();
        var colleague = await app.NewUserAsync(Roles.SocialWorker, scene.Station);

        var statuses = await TryEverythingAsync(await app.ClientForAsync(colleague), scene);

        Assert.All(statuses, s => Assert.Equal(HttpStatusCode.NotFound, s));
    }

    [Fact]
    public async Task An_approver_of_the_request_can_list_and_download_but_not_change_the_files()
    {
        var scene = await RequestWithFileAsync();
        var director = await app.NewUserAsync(Roles.Director, scene.Station);
        using var client = await app.ClientForAsync(director);

        var listed = await client.GetFromJsonAsync<List<UploadedDto>>($"/api/v1/attachments/approval/{scene.RequestId}");
        Assert.Equal([scene.File.Id], listed!.Select(f => f.Id));
        Assert.Equal(AttachmentKit.Pdf, await client.GetByteArrayAsync($"/api/v1/attachments/{scene.File.Id}/content"));
        Assert.Equal(HttpStatusCode.Forbidden, (await client.DeleteAsync($"/api/v1/attachments/{scene.File.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.UploadAsync(scene.RequestId, AttachmentKit.Pdf, "x.pdf")).StatusCode);
    }

    [Fact]
    public async Task An_external_evaluator_may_not_upload()
    {
        var scene = await RequestWithFileAsync();
        var evaluator = await app.NewUserAsync(Roles.Evaluator, scene.Station);

        var response = await (await app.ClientForAsync(evaluator)).UploadAsync(scene.RequestId, AttachmentKit.Pdf, "x.pdf");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task An_unknown_owner_type_is_404()
    {
        var scene = await RequestWithFileAsync();
        var client = scene.RequesterClient;

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/v1/attachments/spaceship/{scene.RequestId}")).StatusCode);
        var upload = await client.PostAsync($"/api/v1/attachments/spaceship/{scene.RequestId}", AttachmentKit.Form(AttachmentKit.Pdf, "x.pdf"));
        Assert.Equal(HttpStatusCode.NotFound, upload.StatusCode);
    }

    [Fact]
    public async Task The_requester_deletes_a_file_while_the_request_is_open_and_its_bytes_go_too()
    {
        var scene = await RequestWithFileAsync();
        var stored = Path.Combine(app.FilesRoot(), (await app.RowsAsync(scene.RequestId)).Single().StorageKey);
        Assert.True(File.Exists(stored));

        var response = await scene.RequesterClient.DeleteAsync($"/api/v1/attachments/{scene.File.Id}");

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Empty(await app.RowsAsync(scene.RequestId));
        Assert.False(File.Exists(stored));
        Assert.Equal(HttpStatusCode.NotFound,
            (await scene.RequesterClient.GetAsync($"/api/v1/attachments/{scene.File.Id}/content")).StatusCode);
    }

    [Fact]
    [Trait("Clause", "C7.3.2")]
    public async Task Once_approved_the_files_can_be_read_but_not_added_or_removed_even_by_the_requester()
    {
        var scene = await RequestWithFileAsync();
        var director = await app.NewUserAsync(Roles.Director, scene.Station);
        await app.ApproveAsync(director, scene.Station, scene.RequestId);
        var client = scene.RequesterClient;

        Assert.Equal(HttpStatusCode.Forbidden, (await client.UploadAsync(scene.RequestId, AttachmentKit.Png, "补充.png")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.DeleteAsync($"/api/v1/attachments/{scene.File.Id}")).StatusCode);
        Assert.Equal(AttachmentKit.Pdf, await client.GetByteArrayAsync($"/api/v1/attachments/{scene.File.Id}/content"));
    }
}

[Collection(SqliteCollection.Name)] public sealed class AttachmentAccessOnSqlite(SqliteApp app) : AttachmentAccessTests(app);
[Collection(PostgresCollection.Name)] public sealed class AttachmentAccessOnPostgres(PostgresApp app) : AttachmentAccessTests(app);
