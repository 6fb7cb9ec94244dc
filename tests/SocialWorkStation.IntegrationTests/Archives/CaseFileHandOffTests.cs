using System.Net;
using System.Net.Http.Json;
using SocialWorkStation.IntegrationTests.Approvals;
using SocialWorkStation.IntegrationTests.Attachments;
using SocialWorkStation.IntegrationTests.Cases;
using SocialWorkStation.IntegrationTests.Infrastructure;
using SocialWorkStation.Platform.Archives;
using SocialWorkStation.Platform.Identity;
using SocialWorkStation.Platform.Protection;
using static SocialWorkStation.IntegrationTests.Cases.ServiceDeliveryApi;

namespace SocialWorkStation.IntegrationTests.Archives;

/// <summary>The case file in the archive hand-off: declared when the service process has really ended (closure approved,
/// every follow-up recorded), shown to the archivist with its files, and sealed against change once filed.</summary>
public abstract class CaseFileHandOffTests(TestApp app)
{
    [Fact]
    [Trait("Clause", "C8.2.2")]
    [Trait("Clause", "C3.5.2")]
    public async Task A_case_appears_once_in_the_archive_list_only_after_closure_and_every_follow_up_with_its_class_year_retention_title_and_files()
    {
        var s = await app.CaseInServiceAsync();
        var (_, sheet) = await s.ServiceWithSheetAsync();
        var (_, archivist) = await app.ArchivistAsync(s.Station);

        await s.CloseThroughApprovalAsync();
        Assert.Equal(0, (await archivist.HandOffsAsync()).Total); // closed, but the follow-up visits are still due
        var followUps = await s.Worker.FollowUpsAsync(s.Case.Id);
        Assert.Equal(2, followUps.Count);
        await s.Worker.RecordFollowUpOkAsync(followUps[0].Id);
        Assert.Equal(0, (await archivist.HandOffsAsync()).Total);
        await s.Worker.RecordFollowUpOkAsync(followUps[1].Id);

        var row = Assert.Single((await archivist.HandOffsAsync()).Items);
        Assert.Equal($"{Masking.Name(s.Client.Name)}个案服务档案（{s.Case.Number}）", row.Title);
        Assert.DoesNotContain(s.Client.Name, row.Title); // C1.3.4: the list names no client
        Assert.Equal((ArchiveClass.Service, "FW"), (row.Class, row.ClassCode));
        Assert.Equal(Today.Year, row.Year);
        Assert.Equal(Today, row.RecordDate);
        Assert.Equal((RetentionPeriod.Years10, "D10"), (row.Retention, row.RetentionCode)); // an adult client: 10 years
        Assert.Equal(ArchiveHandOffStatus.Pending, row.Status);
        Assert.Null(row.ArchiveNumber);
        Assert.Equal(s.Station.Id, row.StationId);

        var detail = await archivist.HandOffAsync(row.Id);
        Assert.Equal(("cases", "cases.case", s.Case.Id), (detail.Module, detail.RecordType, detail.RecordId));
        var document = Assert.Single(detail.Documents);
        Assert.Equal((1, $"服务档案-{s.Case.Number}.pdf", "application/pdf"), (document.Number, document.Name, document.ContentType));
        var file = Assert.Single(detail.Attachments);
        Assert.Equal((sheet.Id, sheet.Sha256, false), (file.Id, file.Sha256, file.Missing));
        Assert.Equal(2, row.FileCount);
    }

    [Fact]
    [Trait("Clause", "C8.2.2")]
    public async Task The_list_filters_by_class_year_and_status()
    {
        var s = await app.CaseInServiceAsync();
        await s.CompleteCaseFileAsync();
        var (_, archivist) = await app.ArchivistAsync(s.Station);

        Assert.Equal(1, (await archivist.HandOffsAsync($"?class=Service&year={Today.Year}&status=Pending&stationId={s.Station.Id}")).Total);
        Assert.Equal(0, (await archivist.HandOffsAsync("?class=Accounting")).Total);
        Assert.Equal(0, (await archivist.HandOffsAsync($"?year={Today.Year - 1}")).Total);
        Assert.Equal(0, (await archivist.HandOffsAsync("?status=Filed")).Total);
        await (await archivist.GetAsync("/api/v1/archive-handoffs?year=99")).ProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    [Trait("Clause", "C8.2.3")]
    [Trait("Clause", "C3.4.3")]
    public async Task The_archivist_downloads_the_rendered_case_file_pdf_and_the_handed_over_attachments()
    {
        var s = await app.CaseInServiceAsync();
        var (_, sheet) = await s.ServiceWithSheetAsync();
        await s.CompleteCaseFileAsync();
        var (_, archivist) = await app.ArchivistAsync(s.Station);
        var row = Assert.Single((await archivist.HandOffsAsync()).Items);

        var pdf = await archivist.GetAsync($"/api/v1/archive-handoffs/{row.Id}/documents/1");
        Assert.True(pdf.StatusCode == HttpStatusCode.OK, await pdf.Content.ReadAsStringAsync());
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType?.MediaType);
        var bytes = await pdf.Content.ReadAsByteArrayAsync();
        Assert.True(bytes.AsSpan().StartsWith("%PDF-"u8), "the rendered case file is not a PDF");
        Assert.True(pdf.Headers.CacheControl?.NoStore, "a case file must not be cached");

        var attachment = await archivist.GetAsync($"/api/v1/archive-handoffs/{row.Id}/attachments/{sheet.Id}");
        Assert.Equal(HttpStatusCode.OK, attachment.StatusCode);
        Assert.Equal(AttachmentKit.Pdf, await attachment.Content.ReadAsByteArrayAsync());
        // The archivist is not on the case: the attachment's own route still refuses them (C1.3.4); the hand-off authorises.
        Assert.Equal(HttpStatusCode.NotFound, (await archivist.GetAsync($"/api/v1/attachments/{sheet.Id}/content")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await archivist.GetAsync($"/api/v1/archive-handoffs/{row.Id}/documents/2")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await archivist.GetAsync($"/api/v1/archive-handoffs/{row.Id}/attachments/{Guid.NewGuid()}")).StatusCode);
    }

    [Fact]
    [Trait("Clause", "C1.3.4")]
    [Trait("Clause", "C8.3.2")]
    public async Task Another_stations_archivist_gets_not_found_for_the_hand_off_and_its_files()
    {
        var s = await app.CaseInServiceAsync();
        var (_, sheet) = await s.ServiceWithSheetAsync();
        await s.CompleteCaseFileAsync();
        var (_, own) = await app.ArchivistAsync(s.Station);
        var id = Assert.Single((await own.HandOffsAsync()).Items).Id;
        var (_, other) = await app.ArchivistAsync(await app.NewStationAsync());

        Assert.Equal(0, (await other.HandOffsAsync()).Total);
        Assert.Equal(0, (await other.HandOffsAsync($"?stationId={s.Station.Id}")).Total);
        await (await other.GetAsync($"/api/v1/archive-handoffs/{id}")).ProblemAsync(HttpStatusCode.NotFound);
        await (await other.GetAsync($"/api/v1/archive-handoffs/{id}/documents/1")).ProblemAsync(HttpStatusCode.NotFound);
        await (await other.GetAsync($"/api/v1/archive-handoffs/{id}/attachments/{sheet.Id}")).ProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    [Trait("Clause", "C8.3.2")]
    public async Task Without_archives_handoff_view_the_list_the_detail_and_the_files_are_forbidden_even_for_the_administrator()
    {
        var s = await app.CaseInServiceAsync();
        await s.CompleteCaseFileAsync();
        var (_, archivist) = await app.ArchivistAsync(s.Station);
        var id = Assert.Single((await archivist.HandOffsAsync()).Items).Id;
        var admin = await app.ClientForAsync(await app.NewUserAsync(Roles.Admin, s.Station), s.Station);
        var director = await app.ClientForAsync(await app.NewUserAsync(Roles.Director, s.Station), s.Station);

        foreach (var client in new[] { s.Worker, s.Supervisor, admin })
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/api/v1/archive-handoffs")).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync($"/api/v1/archive-handoffs/{id}")).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync($"/api/v1/archive-handoffs/{id}/documents/1")).StatusCode);
        }
        Assert.Equal(id, (await director.HandOffAsync(id)).Id); // the station director holds it by default
    }

    [Fact]
    [Trait("Clause", "C8.2.2")]
    [Trait("Clause", "C3.5.2")]
    public async Task A_follow_up_added_after_completion_withdraws_the_hand_off_and_recording_it_declares_the_same_case_once_again()
    {
        var s = await app.CaseInServiceAsync();
        await s.CompleteCaseFileAsync();
        var (_, archivist) = await app.ArchivistAsync(s.Station);
        Assert.Equal(1, (await archivist.HandOffsAsync()).Total);

        var added = await s.Worker.PostAsJsonAsync("/api/v1/follow-ups", new { caseId = s.Case.Id, dueOn = Today });
        Assert.Equal(HttpStatusCode.Created, added.StatusCode);
        Assert.Equal(0, (await archivist.HandOffsAsync()).Total);

        var extra = (await s.Worker.FollowUpsAsync(s.Case.Id)).Single(f => f.DoneOn is null);
        await s.Worker.RecordFollowUpOkAsync(extra.Id);
        var row = Assert.Single((await archivist.HandOffsAsync()).Items);
        Assert.EndsWith($"（{s.Case.Number}）", row.Title);
    }

    [Fact]
    [Trait("Clause", "C8.2.2")]
    public async Task Reopening_withdraws_a_pending_hand_off_and_the_handed_over_files_are_frozen_only_while_it_is_pending()
    {
        var s = await app.CaseInServiceAsync();
        var (record, _) = await s.ServiceWithSheetAsync();
        await s.CompleteCaseFileAsync();
        var (_, archivist) = await app.ArchivistAsync(s.Station);
        Assert.Equal(1, (await archivist.HandOffsAsync()).Total);

        // The archivist checks exactly what was handed over: no file of the case's records changes meanwhile.
        await (await s.Worker.UploadToRecordAsync(record.Id)).ProblemAsync(HttpStatusCode.Forbidden);

        await s.Worker.PostAsJsonAsync($"/api/v1/cases/{s.Case.Id}/reopen", new { reason = "回访发现独居老人跌倒后需要照料" }).AssertOkAsync();

        Assert.Equal(0, (await archivist.HandOffsAsync()).Total);
        Assert.Equal(HttpStatusCode.OK, (await s.Worker.UploadToRecordAsync(record.Id)).StatusCode);
    }

    [Fact]
    [Trait("Clause", "C8.2.2")]
    [Trait("Clause", "C7.3.2")]
    public async Task A_sealed_case_refuses_reopening_new_follow_ups_record_edits_and_file_changes()
    {
        var s = await app.CaseInServiceAsync();
        var (record, sheet) = await s.ServiceWithSheetAsync();
        await s.CompleteCaseFileAsync();
        var (archivistUser, archivist) = await app.ArchivistAsync(s.Station);
        var id = Assert.Single((await archivist.HandOffsAsync()).Items).Id;

        await app.SealAsync(archivistUser, s.Station, id, "J001-FW·2026-D10-0001");

        // Each refusal is the seal's (a clear Chinese 409), not some other conflict or rule.
        async Task RefusedAsSealedAsync(Task<HttpResponseMessage> call) =>
            Assert.Contains("已归档封存", (await (await call).ProblemAsync(HttpStatusCode.Conflict)).GetProperty("title").GetString());
        await RefusedAsSealedAsync(s.Worker.PostAsJsonAsync($"/api/v1/cases/{s.Case.Id}/reopen", new { reason = "需要再次服务" }));
        await RefusedAsSealedAsync(s.Worker.PostAsJsonAsync("/api/v1/follow-ups", new { caseId = s.Case.Id, dueOn = Today }));
        var followUp = (await s.Worker.FollowUpsAsync(s.Case.Id))[0];
        await RefusedAsSealedAsync(s.Worker.PostAsJsonAsync($"/api/v1/follow-ups/{followUp.Id}/record", new { doneOn = Today, method = "电话", findings = "补记" }));
        await RefusedAsSealedAsync(s.Worker.PutAsJsonAsync($"/api/v1/services/{record.Id}", new
        {
            serviceDate = Today, durationMinutes = 30, type = "HomeVisit", content = "改写已归档的记录", isSensitive = false, version = record.Version,
        }));
        await (await s.Worker.UploadToRecordAsync(record.Id)).ProblemAsync(HttpStatusCode.Forbidden);
        await (await s.Worker.DeleteAsync($"/api/v1/attachments/{sheet.Id}")).ProblemAsync(HttpStatusCode.Forbidden);

        Assert.Equal(Modules.Cases.Domain.CaseStatus.Closed, (await app.CaseStateAsync(s.Case.Id)).Status);
        var filed = await archivist.HandOffAsync(id);
        Assert.Equal((ArchiveHandOffStatus.Filed, "J001-FW·2026-D10-0001"), (filed.Status, filed.ArchiveNumber));
    }
}

[Collection(SqliteCollection.Name)] public sealed class CaseFileHandOffOnSqlite(SqliteApp app) : CaseFileHandOffTests(app);
[Collection(PostgresCollection.Name)] public sealed class CaseFileHandOffOnPostgres(PostgresApp app) : CaseFileHandOffTests(app);
