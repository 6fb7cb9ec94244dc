using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SocialWorkStation.Data;
using SocialWorkStation.IntegrationTests.Infrastructure;
using SocialWorkStation.Modules.Cases.Data;
using SocialWorkStation.Modules.Cases.Domain;
using SocialWorkStation.Platform.Identity;
using SocialWorkStation.Platform.Modules;
using SocialWorkStation.Platform.Protection;

namespace SocialWorkStation.IntegrationTests.Cases;

/// <summary>Issue 10 item 1 (C1.3.4): a masked ID number must not give the whole number away. Before, the mask kept the
/// first and last four characters and the birth date was shown beside it, which with the GB 11643 check character left
/// about nine candidates, and the lookup confirmed a guess without limit or log.</summary>
public abstract class IdentifierExposureTests(TestApp app)
{
    private static readonly DateOnly Born = new(1951, 7, 23);

    [Fact]
    [Trait("Clause", "C1.3.4")]
    public async Task List_detail_lookup_and_case_file_show_the_last_four_characters_and_an_age_never_the_birth_date()
    {
        var station = await app.NewStationAsync();
        var director = await app.ClientForAsync(await app.NewUserAsync(Roles.Director, station), station);
        var worker = await app.NewUserAsync(Roles.SocialWorker, station);
        var name = app.Unique("钱");
        var id = CasesSeed.IdNumber(Born);
        var clientId = await director.RegisterAsync(name, id);
        var client = await FindClientAsync(clientId);
        await app.CaseAsync(station, client, worker);
        var caseId = await CaseOfAsync(clientId);

        var list = (await director.GetFromJsonAsync<JsonElement>($"/api/v1/clients?q={Uri.EscapeDataString(name)}")).GetRawText();
        var detail = (await director.ClientDetailAsync(clientId)).GetRawText();
        var lookup = (await (await director.PostAsJsonAsync("/api/v1/clients/lookup", new { idNumber = id })).JsonAsync(HttpStatusCode.OK)).GetRawText();
        var caseFile = (await (await director.GetAsync($"/api/v1/cases/{caseId}/file")).JsonAsync(HttpStatusCode.OK)).GetRawText();

        var expectedAge = AgeToday();
        foreach (var body in new[] { list, detail, lookup, caseFile })
        {
            Assert.Contains("\"**************" + id[^4..] + "\"", body);
            Assert.DoesNotContain(id[..4] + "*", body);
            Assert.DoesNotContain(id[..14], body);
            Assert.DoesNotContain(Born.ToString("yyyy-MM-dd"), body);
            Assert.DoesNotContain("\"birthDate\":\"1951", body);
            Assert.Contains($"\"age\":{expectedAge}", body);
        }
    }

    [Fact]
    [Trait("Clause", "C1.3.4")]
    public async Task The_birth_date_is_stored_encrypted_and_only_a_reveal_returns_it()
    {
        var station = await app.NewStationAsync();
        var director = await app.ClientForAsync(await app.NewUserAsync(Roles.Director, station), station);
        var clientId = await director.RegisterAsync(app.Unique("孙"), CasesSeed.IdNumber(Born));

        // A copy of the database: the row holds the year and ciphertext, no date.
        var row = await FindClientAsync(clientId);
        Assert.Null(row.LegacyBirthDate);
        Assert.Equal(1951, row.BirthYear);
        Assert.StartsWith("v1:", row.BirthDateCipher);
        Assert.DoesNotContain("1951-07-23", row.BirthDateCipher);
        await using (var scope = app.SystemScope())
        {
            var audit = await scope.ServiceProvider.GetRequiredService<AppDbContext>().AuditEntries.AsNoTracking()
                .Where(a => a.EntityKey == clientId.ToString()).Select(a => a.Changes).ToListAsync();
            Assert.NotEmpty(audit);
            Assert.All(audit, changes => Assert.DoesNotContain("1951-07-23", changes));
        }

        var revealed = await (await director.PostAsync($"/api/v1/clients/{clientId}/reveal", null)).JsonAsync(HttpStatusCode.OK);
        Assert.Equal("1951-07-23", revealed.GetProperty("birthDate").GetString());
    }

    [Fact]
    [Trait("Clause", "C1.3.4")]
    public async Task Lookups_by_id_number_are_access_logged_found_or_not_and_limited_per_user()
    {
        var station = await app.NewStationAsync();
        var director = await app.ClientForAsync(await app.NewUserAsync(Roles.Director, station), station);
        var other = await app.ClientForAsync(await app.NewUserAsync(Roles.Director, station), station);
        var id = CasesSeed.IdNumber(Born);
        var clientId = await director.RegisterAsync(app.Unique("李"), id);
        var unknown = CasesSeed.IdNumber(new DateOnly(1960, 1, 2));

        await (await director.PostAsJsonAsync("/api/v1/clients/lookup", new { idNumber = id })).JsonAsync(HttpStatusCode.OK);
        await (await director.PostAsJsonAsync("/api/v1/clients/lookup", new { idNumber = unknown })).JsonAsync(HttpStatusCode.NotFound);
        await (await director.GetAsync($"/api/v1/clients?q={id}")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(2, await app.AccessLogRowsAsync(clientId, IdentifierLookups.Purpose));
        Assert.Equal(3, await LookupRowsAsync(director));

        // 30 questions in ten minutes (the default limit), then a refusal; a colleague is not affected.
        for (var i = 3; i < 30; i++)
            await (await director.PostAsJsonAsync("/api/v1/clients/lookup", new { idNumber = unknown })).JsonAsync(HttpStatusCode.NotFound);
        var refused = await (await director.PostAsJsonAsync("/api/v1/clients/lookup", new { idNumber = id })).JsonAsync(HttpStatusCode.TooManyRequests);
        Assert.Contains("过于频繁", refused.GetProperty("title").GetString());
        await (await director.GetAsync($"/api/v1/clients?q={id}")).JsonAsync(HttpStatusCode.TooManyRequests);
        await (await other.PostAsJsonAsync("/api/v1/clients/lookup", new { idNumber = id })).JsonAsync(HttpStatusCode.OK);
    }

    [Fact]
    [Trait("Clause", "C1.3.4")]
    public async Task The_upgrade_encrypts_clear_birth_dates_and_shortens_old_masks()
    {
        var station = await app.NewStationAsync();
        var worker = await app.NewUserAsync(Roles.SocialWorker, station);
        var client = await app.ClientAsync(station, worker);
        var id = CasesSeed.IdNumber(Born);
        await using (var scope = app.SystemScope())
        {
            // As a release before issue 10 stored it.
            var db = scope.ServiceProvider.GetRequiredService<CasesDb>();
            await db.Clients.Where(c => c.Id == client.Id).ExecuteUpdateAsync(s => s
                .SetProperty(c => c.LegacyBirthDate, Born).SetProperty(c => c.BirthDateCipher, (string?)null)
                .SetProperty(c => c.BirthYear, (int?)null).SetProperty(c => c.NameBirthIndex, (string?)null)
                .SetProperty(c => c.IdNumberMasked, id[..4] + new string('*', 10) + id[^4..]));
            foreach (var step in scope.ServiceProvider.GetServices<IDataUpgrade>().Where(u => u.GetType().Name == "ClientProtectionUpgrade"))
                await step.RunAsync(CancellationToken.None);
        }

        var row = await FindClientAsync(client.Id);
        Assert.Null(row.LegacyBirthDate);
        Assert.Equal(1951, row.BirthYear);
        Assert.NotNull(row.NameBirthIndex);
        Assert.Equal(new string('*', 14) + id[^4..], row.IdNumberMasked);
        await using var check = app.SystemScope();
        Assert.Equal("1951-07-23", check.ServiceProvider.GetRequiredService<IPersonalDataProtector>().Decrypt(row.BirthDateCipher));
    }

    private static int AgeToday()
    {
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(DateTime.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai")));
        return today.Year - Born.Year - (today < Born.AddYears(today.Year - Born.Year) ? 1 : 0);
    }

    private async Task<Client> FindClientAsync(Guid id)
    {
        await using var scope = app.SystemScope();
        return await scope.ServiceProvider.GetRequiredService<CasesDb>().Clients.AsNoTracking().SingleAsync(c => c.Id == id);
    }

    private async Task<Guid> CaseOfAsync(Guid clientId)
    {
        await using var scope = app.SystemScope();
        return await scope.ServiceProvider.GetRequiredService<CasesDb>().Cases.Where(c => c.ClientId == clientId).Select(c => c.Id).SingleAsync();
    }

    private async Task<int> LookupRowsAsync(HttpClient user)
    {
        var me = await user.GetFromJsonAsync<JsonElement>("/api/v1/me");
        var userId = me.GetProperty("id").GetGuid();
        await using var scope = app.SystemScope();
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().AccessLog
            .CountAsync(a => a.UserId == userId && a.Purpose == IdentifierLookups.Purpose);
    }
}

[Collection(SqliteCollection.Name)] public sealed class IdentifierExposureOnSqlite(SqliteApp app) : IdentifierExposureTests(app);
[Collection(PostgresCollection.Name)] public sealed class IdentifierExposureOnPostgres(PostgresApp app) : IdentifierExposureTests(app);
