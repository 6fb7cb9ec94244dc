using System.Net;
using System.Net.Http.Json;
using SocialWorkStation.IntegrationTests.Infrastructure;
using SocialWorkStation.Modules.Cases.Domain;
using SocialWorkStation.Modules.Cases.Features.Delivery;
using SocialWorkStation.Platform.Identity;
using static SocialWorkStation.IntegrationTests.Cases.ServiceDeliveryApi;

namespace SocialWorkStation.IntegrationTests.Cases;

/// <summary>Issue 10 item 10: adding a record to a case is an append, not an edit of the case. Workers adding services and
/// reviews to one case at once all succeed and every minute is counted; only edits of the same record conflict.</summary>
public abstract class ConcurrentAppendTests(TestApp app)
{
    [Fact]
    [Trait("Clause", "C3.4.1")]
    public async Task Eight_workers_adding_services_and_a_review_to_one_case_at_once_all_succeed_and_every_minute_counts()
    {
        var s = await app.CaseInServiceAsync();
        // Eight people at once: the case's worker and seven colleagues who may record on the case (the station's directors).
        var clients = new List<HttpClient> { s.Worker };
        for (var i = 0; i < 7; i++) clients.Add(await app.ClientForAsync(await app.NewUserAsync(Roles.Director, s.Station), s.Station));
        var before = await app.CaseStateAsync(s.Case.Id);

        var posts = Enumerable.Range(0, 24).Select(i =>
            clients[i % clients.Count].RecordServiceAsync(s.Case.Id, Service(on: Today.AddDays(-(i % 5)), minutes: 10 + i))).ToList();
        var review = s.Worker.PostAsJsonAsync($"/api/v1/cases/{s.Case.Id}/reviews", new
        {
            reviewedOn = Today, summary = "进展顺利", decision = "Continue",
            scores = s.Plan.Goals.Select(g => new { goalId = g.Id, attainment = 70, note = (string?)null }).ToArray(),
        });
        var responses = await Task.WhenAll(posts.Append(review));

        foreach (var r in responses) Assert.True(r.StatusCode == HttpStatusCode.Created, $"{(int)r.StatusCode} {await r.Content.ReadAsStringAsync()}");
        var state = await app.CaseStateAsync(s.Case.Id);
        Assert.Equal(before.ServiceCount + 24, state.ServiceCount);
        Assert.Equal(before.ServiceMinutes + Enumerable.Range(0, 24).Sum(i => 10 + i), state.ServiceMinutes);
        Assert.Equal(Today, state.LastContactOn);
        Assert.Equal(Today.AddDays(30), state.NextContactDue);
        Assert.Equal(Today.AddDays(90), state.NextReviewDue);
        Assert.Equal(24, (await s.Worker.ServicesAsync(s.Case.Id)).Total);
    }

    [Fact]
    [Trait("Clause", "C3.4.1")]
    public async Task Correcting_one_record_while_others_are_added_succeeds_and_recredits_the_case()
    {
        var s = await app.CaseInServiceAsync();
        var first = await s.Worker.RecordServiceOkAsync(s.Case.Id, Service(on: Today, minutes: 60));
        await s.Worker.RecordServiceOkAsync(s.Case.Id, Service(on: Today.AddDays(-3), minutes: 20));

        // The later record is corrected to an earlier date while a colleague appends another: neither conflicts.
        var edit = s.Worker.PutAsJsonAsync($"/api/v1/services/{first.Id}",
            new { serviceDate = Today.AddDays(-5), durationMinutes = 30, type = "Interview", content = "面谈（更正日期）", version = first.Version });
        using var director = await app.ClientForAsync(await app.NewUserAsync(Roles.Director, s.Station), s.Station);
        var append = director.RecordServiceAsync(s.Case.Id, Service(on: Today.AddDays(-4), minutes: 15));
        var results = await Task.WhenAll(edit, append);

        Assert.True(results[0].IsSuccessStatusCode, await results[0].Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Created, results[1].StatusCode);
        var state = await app.CaseStateAsync(s.Case.Id);
        Assert.Equal(3, state.ServiceCount);
        Assert.Equal(30 + 20 + 15, state.ServiceMinutes);
        Assert.Equal(Today.AddDays(-3), state.LastContactOn);
        Assert.Equal(Today.AddDays(27), state.NextContactDue);
    }
}

[Collection(SqliteCollection.Name)] public sealed class ConcurrentAppendOnSqlite(SqliteApp app) : ConcurrentAppendTests(app);
[Collection(PostgresCollection.Name)] public sealed class ConcurrentAppendOnPostgres(PostgresApp app) : ConcurrentAppendTests(app);
