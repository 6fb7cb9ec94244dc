using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using SocialWorkStation.IntegrationTests.Infrastructure;
using SocialWorkStation.Modules.Cases.Features.Clients;
using SocialWorkStation.Platform.Identity;

namespace SocialWorkStation.IntegrationTests.Cases;

/// <summary>C1.3.4 保密原则: who may open a client file, masking, and the access log of every opening and reveal.</summary>
public abstract class ClientConfidentialityTests(TestApp app)
{
    [Fact]
    [Trait("Clause", "C1.3.4")]
    public async Task Only_the_assigned_worker_the_director_and_a_colleague_it_was_shared_with_may_open_a_client_file()
    {
        var station = await app.NewStationAsync();
        var registrar = await app.NewUserAsync(Roles.SocialWorker, station);
        var assigned = await app.NewUserAsync(Roles.SocialWorker, station);
        var unassigned = await app.NewUserAsync(Roles.SocialWorker, station);
        var sharedWith = await app.NewUserAsync(Roles.SocialWorker, station);
        var client = await app.ClientAsync(station, registrar);
        await app.CaseAsync(station, client, assigned);
        var director = await app.ClientForAsync(await app.NewUserAsync(Roles.Director, station), station);

        await (await (await app.ClientForAsync(unassigned, station)).GetAsync($"/api/v1/clients/{client.Id}")).JsonAsync(HttpStatusCode.NotFound);
        await (await (await app.ClientForAsync(sharedWith, station)).GetAsync($"/api/v1/clients/{client.Id}")).JsonAsync(HttpStatusCode.NotFound);
        await (await (await app.ClientForAsync(assigned, station)).GetAsync($"/api/v1/clients/{client.Id}")).JsonAsync(HttpStatusCode.OK);
        await (await director.GetAsync($"/api/v1/clients/{client.Id}")).JsonAsync(HttpStatusCode.OK);

        await (await director.PostAsJsonAsync($"/api/v1/clients/{client.Id}/shares", new { userId = sharedWith.Id })).JsonAsync(HttpStatusCode.NoContent);
        await (await (await app.ClientForAsync(sharedWith, station)).GetAsync($"/api/v1/clients/{client.Id}")).JsonAsync(HttpStatusCode.OK);
        await (await (await app.ClientForAsync(unassigned, station)).GetAsync($"/api/v1/clients/{client.Id}")).JsonAsync(HttpStatusCode.NotFound);

        await (await director.DeleteAsync($"/api/v1/clients/{client.Id}/shares/{sharedWith.Id}")).JsonAsync(HttpStatusCode.NoContent);
        await (await (await app.ClientForAsync(sharedWith, station)).GetAsync($"/api/v1/clients/{client.Id}")).JsonAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    [Trait("Clause", "C1.3.4")]
    public async Task A_file_cannot_be_shared_with_someone_outside_the_station()
    {
        var station = await app.NewStationAsync();
        var elsewhere = await app.NewUserAsync(Roles.SocialWorker, await app.NewStationAsync());
        var director = await app.ClientForAsync(await app.NewUserAsync(Roles.Director, station), station);
        var id = await director.RegisterAsync(app.Unique("蒋"));

        var problem = await (await director.PostAsJsonAsync($"/api/v1/clients/{id}/shares", new { userId = elsewhere.Id })).JsonAsync(HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("userId", out _));
    }

    [Fact]
    [Trait("Clause", "C1.3.4")]
    public async Task The_list_shows_only_visible_clients_with_masked_ID_numbers()
    {
        var station = await app.NewStationAsync();
        var me = await app.ClientForAsync(await app.NewUserAsync(Roles.SocialWorker, station), station);
        var other = await app.NewUserAsync(Roles.SocialWorker, station);
        var surname = app.Unique("韩");
        var id = CasesSeed.IdNumber(new DateOnly(1948, 8, 8));
        var mine = await me.RegisterAsync(surname + "甲", id);
        var notMine = await app.ClientAsync(station, other, surname + "乙");

        var page = await me.GetFromJsonAsync<JsonElement>($"/api/v1/clients?q={surname}");
        var items = page.GetProperty("items").EnumerateArray().ToList();
        var item = Assert.Single(items);
        Assert.Equal(mine, item.GetProperty("id").GetGuid());
        Assert.Equal(new string('*', 14) + id[^4..], item.GetProperty("idNumberMasked").GetString());
        Assert.DoesNotContain(id, page.GetRawText());
        Assert.DoesNotContain(notMine.Id.ToString(), page.GetRawText());

        // A full ID number searches through the blind index.
        var byId = await me.GetFromJsonAsync<JsonElement>($"/api/v1/clients?q={id}");
        Assert.Equal(mine, Assert.Single(byId.GetProperty("items").EnumerateArray().ToList()).GetProperty("id").GetGuid());
    }

    [Fact]
    [Trait("Clause", "C1.3.4")]
    public async Task Every_opening_of_a_client_file_is_access_logged()
    {
        var station = await app.NewStationAsync();
        var worker = await app.ClientForAsync(await app.NewUserAsync(Roles.SocialWorker, station), station);
        var id = await worker.RegisterAsync(app.Unique("杨"));
        Assert.Equal(0, await app.AccessLogRowsAsync(id, GetClientHandler.OpenPurpose));

        await worker.ClientDetailAsync(id);
        await worker.ClientDetailAsync(id);

        Assert.Equal(2, await app.AccessLogRowsAsync(id, GetClientHandler.OpenPurpose));
    }

    [Fact]
    [Trait("Clause", "C1.3.4")]
    public async Task Each_reveal_returns_the_full_numbers_and_writes_exactly_one_access_log_row()
    {
        var station = await app.NewStationAsync();
        var worker = await app.ClientForAsync(await app.NewUserAsync(Roles.SocialWorker, station), station);
        var idNumber = CasesSeed.IdNumber(new DateOnly(1952, 12, 1));
        var id = await worker.RegisterAsync(app.Unique("朱"), idNumber);

        var revealed = await (await worker.PostAsync($"/api/v1/clients/{id}/reveal", null)).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(idNumber, revealed.GetProperty("idNumber").GetString());
        Assert.Equal("13812345678", revealed.GetProperty("phone").GetString());
        Assert.Equal(1, await app.AccessLogRowsAsync(id, RevealClientHandler.Purpose));

        await (await worker.PostAsync($"/api/v1/clients/{id}/reveal", null)).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(2, await app.AccessLogRowsAsync(id, RevealClientHandler.Purpose));
    }

    [Fact]
    [Trait("Clause", "C1.3.4")]
    public async Task Without_the_reveal_permission_the_full_numbers_are_refused_and_nothing_is_logged()
    {
        var station = await app.NewStationAsync();
        var registrar = await app.NewUserAsync(Roles.SocialWorker, station);
        var client = await app.ClientAsync(station, registrar);
        var supervisor = await app.ClientForAsync(await app.NewUserAsync(Roles.Supervisor, station), station);

        await (await supervisor.GetAsync($"/api/v1/clients/{client.Id}")).JsonAsync(HttpStatusCode.OK); // may open (view-all)
        await (await supervisor.PostAsync($"/api/v1/clients/{client.Id}/reveal", null)).JsonAsync(HttpStatusCode.Forbidden);
        Assert.Equal(0, await app.AccessLogRowsAsync(client.Id, RevealClientHandler.Purpose));
    }

    [Fact]
    [Trait("Clause", "C1.3.4")]
    public async Task A_consent_is_recorded_and_withdrawn_and_a_child_needs_the_guardian()
    {
        var station = await app.NewStationAsync();
        var worker = await app.ClientForAsync(await app.NewUserAsync(Roles.SocialWorker, station), station);
        var child = await worker.RegisterAsync("小红", CasesSeed.IdNumber(DateOnly.FromDateTime(DateTime.UtcNow).AddYears(-10), male: false),
            new { guardianName = "王芳", guardianRelationship = "母亲", guardianPhone = "13900001111" });
        var today = DateOnly.FromDateTime(DateTime.UtcNow).ToString("yyyy-MM-dd");

        var refused = await (await worker.PostAsJsonAsync($"/api/v1/clients/{child}/consents",
            new { kind = "Sensitive", form = "Written", scope = "家庭情况、在校表现", givenOn = today })).JsonAsync(HttpStatusCode.BadRequest);
        Assert.True(refused.GetProperty("errors").TryGetProperty("guardianName", out _));

        var consent = (await (await worker.PostAsJsonAsync($"/api/v1/clients/{child}/consents",
            new { kind = "Sensitive", form = "Written", scope = "家庭情况、在校表现", givenOn = today, guardianName = "王芳" })).JsonAsync(HttpStatusCode.Created))
            .GetProperty("id").GetGuid();
        await (await worker.PostAsJsonAsync($"/api/v1/clients/{child}/consents/{consent}/withdraw",
            new { withdrawnOn = today, reason = "监护人要求停止服务" })).JsonAsync(HttpStatusCode.NoContent);

        var shown = (await worker.ClientDetailAsync(child)).GetProperty("consents")[0];
        Assert.False(shown.GetProperty("isActive").GetBoolean());
        Assert.Equal("监护人要求停止服务", shown.GetProperty("withdrawalReason").GetString());
    }

    [Fact]
    [Trait("Clause", "C1.3.4")]
    public async Task A_scanned_consent_form_is_readable_only_by_those_who_may_open_the_client_file()
    {
        var station = await app.NewStationAsync();
        var worker = await app.ClientForAsync(await app.NewUserAsync(Roles.SocialWorker, station), station);
        var colleague = await app.ClientForAsync(await app.NewUserAsync(Roles.SocialWorker, station), station);
        var id = await worker.RegisterAsync(app.Unique("秦"));
        var consent = (await (await worker.PostAsJsonAsync($"/api/v1/clients/{id}/consents",
            new { kind = "General", form = "Written", scope = "基本情况与服务记录", givenOn = DateOnly.FromDateTime(DateTime.UtcNow).ToString("yyyy-MM-dd") }))
            .JsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();

        await (await worker.PostAsync($"/api/v1/attachments/consent/{consent}", Attachments.AttachmentKit.Form(Attachments.AttachmentKit.Pdf, "同意书.pdf")))
            .JsonAsync(HttpStatusCode.OK);

        Assert.Single((await worker.GetFromJsonAsync<JsonElement>($"/api/v1/attachments/consent/{consent}")).EnumerateArray());
        await (await colleague.GetAsync($"/api/v1/attachments/consent/{consent}")).JsonAsync(HttpStatusCode.NotFound);
    }
}

[Collection(SqliteCollection.Name)] public sealed class ClientConfidentialityOnSqlite(SqliteApp app) : ClientConfidentialityTests(app);
[Collection(PostgresCollection.Name)] public sealed class ClientConfidentialityOnPostgres(PostgresApp app) : ClientConfidentialityTests(app);
