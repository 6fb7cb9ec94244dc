using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SocialWorkStation.Data;
using SocialWorkStation.IntegrationTests.Infrastructure;
using SocialWorkStation.Modules.Cases.Domain;
using SocialWorkStation.Modules.Cases.Features.Clients;
using SocialWorkStation.Platform.Identity;

namespace SocialWorkStation.IntegrationTests.Cases;

/// <summary>Registering and editing client files: correct basic facts (C3.1.1), identifiers protected, no lost updates.</summary>
public abstract class ClientRecordTests(TestApp app)
{
    private async Task<(HttpClient Worker, Platform.Stations.Station Station)> WorkerAsync()
    {
        var station = await app.NewStationAsync();
        return (await app.ClientForAsync(await app.NewUserAsync(Roles.SocialWorker, station), station), station);
    }

    [Fact]
    [Trait("Clause", "C3.1.1")]
    public async Task An_invalid_ID_number_is_refused_with_the_parsers_message()
    {
        var (worker, _) = await WorkerAsync();
        var valid = CasesSeed.IdNumber(new DateOnly(1960, 5, 1));
        var badCheck = valid[..17] + (valid[17] == '0' ? '1' : '0');

        var problem = await (await worker.PostAsJsonAsync("/api/v1/clients", ClientApi.NewClientBody("王五", badCheck)))
            .JsonAsync(HttpStatusCode.BadRequest);

        Assert.Equal("身份证号校验位不正确，请核对后重新输入。", problem.GetProperty("errors").GetProperty("idNumber")[0].GetString());
    }

    [Fact]
    [Trait("Clause", "C3.1.1")]
    public async Task Birth_date_and_gender_default_from_the_ID_number_and_a_contradiction_is_refused()
    {
        var (worker, _) = await WorkerAsync();
        var id = CasesSeed.IdNumber(new DateOnly(1958, 7, 9), male: false);

        var created = await worker.RegisterAsync(app.Unique("赵"), id);
        var detail = await worker.ClientDetailAsync(created);
        Assert.Equal(new DateOnly(1958, 7, 9), await app.StoredBirthDateAsync(created));
        Assert.Equal("Female", detail.GetProperty("gender").GetString());

        var other = CasesSeed.IdNumber(new DateOnly(1958, 7, 9), male: true);
        var problem = await (await worker.PostAsJsonAsync("/api/v1/clients",
            ClientApi.NewClientBody(app.Unique("钱"), other, new { birthDate = "1959-01-01", gender = "Female" }))).JsonAsync(HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("birthDate", out _));
        Assert.True(problem.GetProperty("errors").TryGetProperty("gender", out _));
    }

    [Fact]
    [Trait("Clause", "C1.3.4")]
    public async Task A_child_under_14_cannot_be_registered_without_a_guardian()
    {
        var (worker, _) = await WorkerAsync();
        var child = CasesSeed.IdNumber(DateOnly.FromDateTime(DateTime.UtcNow).AddYears(-8));

        var problem = await (await worker.PostAsJsonAsync("/api/v1/clients", ClientApi.NewClientBody("小明", child))).JsonAsync(HttpStatusCode.BadRequest);
        var errors = problem.GetProperty("errors");
        Assert.True(errors.TryGetProperty("guardianName", out _));
        Assert.True(errors.TryGetProperty("guardianPhone", out _));

        await worker.RegisterAsync("小明", child, new { guardianName = "王芳", guardianRelationship = "母亲", guardianPhone = "13900001111" });
    }

    [Fact]
    public async Task A_target_group_outside_the_configured_list_is_refused()
    {
        var (worker, _) = await WorkerAsync();
        var problem = await (await worker.PostAsJsonAsync("/api/v1/clients",
            ClientApi.NewClientBody("孙七", null, new { targetGroups = new[] { "外星人" } }))).JsonAsync(HttpStatusCode.BadRequest);
        Assert.Contains("外星人", problem.GetProperty("errors").GetProperty("targetGroups")[0].GetString());
    }

    [Fact]
    [Trait("Clause", "C3.1.1")]
    public async Task Same_name_and_birth_date_is_warned_as_a_possible_duplicate_and_registered_once_confirmed()
    {
        var (worker, _) = await WorkerAsync();
        var name = app.Unique("周");
        var first = await worker.RegisterAsync(name, null, new { birthDate = "1945-02-03" });

        var warning = await (await worker.PostAsJsonAsync("/api/v1/clients", ClientApi.NewClientBody(name, null, new { birthDate = "1945-02-03" })))
            .JsonAsync(HttpStatusCode.Conflict);
        Assert.Equal(first, warning.GetProperty("duplicates")[0].GetProperty("id").GetGuid());
        Assert.Equal(1, (await worker.GetFromJsonAsync<JsonElement>($"/api/v1/clients?q={name}")).GetProperty("total").GetInt32());

        var second = await worker.RegisterAsync(name, null, new { birthDate = "1945-02-03", confirmDuplicate = true });
        Assert.NotEqual(first, second);
        Assert.Equal(2, (await worker.GetFromJsonAsync<JsonElement>($"/api/v1/clients?q={name}")).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task The_same_ID_number_cannot_be_registered_twice_in_one_station_even_when_confirmed()
    {
        var (worker, _) = await WorkerAsync();
        var id = CasesSeed.IdNumber(new DateOnly(1970, 1, 1));
        await worker.RegisterAsync(app.Unique("吴"), id);

        var problem = await (await worker.PostAsJsonAsync("/api/v1/clients",
            ClientApi.NewClientBody(app.Unique("吴"), id.ToLowerInvariant(), new { confirmDuplicate = true }))).JsonAsync(HttpStatusCode.BadRequest);
        Assert.Equal(CreateClientHandler.IdNumberTaken, problem.GetProperty("errors").GetProperty("idNumber")[0].GetString());
    }

    [Fact]
    [Trait("Clause", "C1.3.4")]
    public async Task Identifiers_are_stored_encrypted_and_shown_masked()
    {
        var (worker, _) = await WorkerAsync();
        var id = CasesSeed.IdNumber(new DateOnly(1950, 3, 15));
        var created = await worker.RegisterAsync(app.Unique("郑"), id);

        var detail = await worker.ClientDetailAsync(created);
        Assert.Equal(new string('*', 14) + id[^4..], detail.GetProperty("idNumberMasked").GetString());
        Assert.Equal("138****5678", detail.GetProperty("phoneMasked").GetString());
        Assert.DoesNotContain(id, detail.GetRawText());

        await using var scope = app.SystemScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var stored = await db.Set<Client>().IgnoreQueryFilters().SingleAsync(c => c.Id == created);
        Assert.DoesNotContain(id, stored.IdNumberCipher);
        Assert.DoesNotContain("13812345678", stored.PhoneCipher);
    }

    [Fact]
    public async Task Two_edits_from_the_same_version_never_lose_the_first_one()
    {
        var (worker, station) = await WorkerAsync();
        var colleague = await app.ClientForAsync(await app.NewUserAsync(Roles.Director, station), station);
        var id = await worker.RegisterAsync(app.Unique("冯"));
        var read = await worker.ClientDetailAsync(id);
        var version = read.GetProperty("version").GetInt64();
        var name = read.GetProperty("name").GetString()!;

        await (await colleague.PutAsJsonAsync($"/api/v1/clients/{id}", ClientApi.NewClientBody(name, null,
            new { version, address = "新地址 1 号" }))).JsonAsync(HttpStatusCode.OK);
        var conflict = await (await worker.PutAsJsonAsync($"/api/v1/clients/{id}", ClientApi.NewClientBody(name, null,
            new { version, address = "另一个地址 2 号" }))).JsonAsync(HttpStatusCode.Conflict);

        Assert.Equal("新地址 1 号", conflict.GetProperty("current").GetProperty("address")[0].GetString());
        var stored = await worker.ClientDetailAsync(id);
        Assert.Equal("新地址 1 号", stored.GetProperty("address").GetString());

        // With the new version the second person may knowingly apply their change.
        await (await worker.PutAsJsonAsync($"/api/v1/clients/{id}", ClientApi.NewClientBody(name, null,
            new { version = stored.GetProperty("version").GetInt64(), address = "另一个地址 2 号" }))).JsonAsync(HttpStatusCode.OK);
        Assert.Equal("另一个地址 2 号", (await worker.ClientDetailAsync(id)).GetProperty("address").GetString());
    }

    [Fact]
    public async Task Null_lists_mean_none_and_a_bad_household_member_is_named_by_its_position()
    {
        var (worker, _) = await WorkerAsync();
        await (await worker.PostAsJsonAsync("/api/v1/clients", new { name = app.Unique("沈"), targetGroups = (string[]?)null, household = (object[]?)null }))
            .JsonAsync(HttpStatusCode.Created);

        var problem = await (await worker.PostAsJsonAsync("/api/v1/clients", new
        {
            name = app.Unique("沈"), household = new object?[] { new { name = "李四", relationship = "儿子" }, new { name = "", relationship = "女儿" }, null },
        })).JsonAsync(HttpStatusCode.BadRequest);
        var errors = problem.GetProperty("errors");
        Assert.True(errors.TryGetProperty("household[1].name", out _));
        Assert.True(errors.TryGetProperty("household[2]", out _));
    }

    [Fact]
    public async Task Lookup_by_ID_number_finds_the_visible_client_only()
    {
        var (worker, station) = await WorkerAsync();
        var other = await app.ClientForAsync(await app.NewUserAsync(Roles.SocialWorker, station), station);
        var id = CasesSeed.IdNumber(new DateOnly(1966, 6, 6));
        var created = await worker.RegisterAsync(app.Unique("陈"), id);

        var found = await (await worker.PostAsJsonAsync("/api/v1/clients/lookup", new { idNumber = id })).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(created, found.GetProperty("id").GetGuid());
        await (await other.PostAsJsonAsync("/api/v1/clients/lookup", new { idNumber = id })).JsonAsync(HttpStatusCode.NotFound);
    }
}

[Collection(SqliteCollection.Name)] public sealed class ClientRecordOnSqlite(SqliteApp app) : ClientRecordTests(app);
[Collection(PostgresCollection.Name)] public sealed class ClientRecordOnPostgres(PostgresApp app) : ClientRecordTests(app);
