using System.Net;
using System.Net.Http.Json;
using SocialWorkStation.IntegrationTests.Approvals;
using SocialWorkStation.IntegrationTests.Infrastructure;
using SocialWorkStation.Modules.Cases.Domain;
using SocialWorkStation.Modules.Cases.Features.Delivery;
using SocialWorkStation.Platform.Common;
using SocialWorkStation.Platform.Identity;
using static SocialWorkStation.IntegrationTests.Cases.ServiceDeliveryApi;

namespace SocialWorkStation.IntegrationTests.Cases;

public abstract class ActivityTests(TestApp app)
{
    private static object Activity(IEnumerable<Guid> participants, int walkIns = 2, string kind = "Group") => new
    {
        kind, title = "长者健康讲座", date = Today, durationMinutes = 90, place = "社区活动室", content = "高血压饮食与用药讲解",
        walkInCount = walkIns, participantClientIds = participants.ToArray(),
    };

    [Fact]
    [Trait("Clause", "C3.3.1")]
    public async Task A_group_activity_with_five_participants_and_two_walk_ins_counts_seven_and_credits_each_case_in_service()
    {
        var s = await app.CaseInServiceAsync();
        var others = new List<Client> { s.Client };
        var inService = new List<Case> { s.Case };
        for (var i = 0; i < 2; i++)
        {
            var client = await app.ClientAsync(s.Station, s.WorkerUser);
            var item = await app.CaseAsync(s.Station, client, s.WorkerUser);
            await app.ApprovedPlanAsync(item, s.WorkerUser);
            others.Add(client);
            inService.Add(item);
        }
        var notInService = await app.ClientAsync(s.Station, s.WorkerUser);
        var stillPlanning = await app.ClientAsync(s.Station, s.WorkerUser);
        var planning = await app.CaseAsync(s.Station, stillPlanning, s.WorkerUser, CaseStatus.Planning);
        var participants = others.Select(c => c.Id).Append(notInService.Id).Append(stillPlanning.Id).ToList();

        var response = await s.Worker.PostAsJsonAsync("/api/v1/activities", Activity(participants));

        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var created = (await response.Content.ReadFromJsonAsync<ActivityCreated>())!;
        Assert.Equal(7, created.Attendance);
        Assert.Equal(3, created.CasesCredited);
        var detail = (await s.Worker.GetFromJsonAsync<ActivityDetail>($"/api/v1/activities/{created.Id}"))!;
        Assert.Equal(5, detail.Participants.Count);
        Assert.Equal(inService.Select(c => c.Id).Order(), detail.CasesCredited.Order());
        foreach (var item in inService)
        {
            var record = Assert.Single((await s.Worker.ServicesAsync(item.Id)).Items);
            Assert.Equal(ServiceType.Group, record.Type);
            Assert.Equal(created.Id, record.ActivityId);
            Assert.Equal(Today, (await app.CaseStateAsync(item.Id)).LastContactOn);
        }
        Assert.Equal(0, (await s.Worker.ServicesAsync(planning.Id)).Total);
        var listed = (await s.Worker.GetFromJsonAsync<Paged<ActivitySummary>>($"/api/v1/activities?from={Today:yyyy-MM-dd}"))!;
        Assert.Contains(listed.Items, a => a.Id == created.Id && a.Attendance == 7);
    }

    [Fact]
    [Trait("Clause", "C3.3.1")]
    public async Task An_activity_with_a_duplicate_or_invisible_participant_is_refused_and_nothing_is_recorded()
    {
        var s = await app.CaseInServiceAsync();
        var otherWorker = await app.NewUserAsync(Roles.SocialWorker, s.Station);
        var invisible = await app.ClientAsync(s.Station, otherWorker);

        var duplicate = await s.Worker.PostAsJsonAsync("/api/v1/activities", Activity([s.Client.Id, s.Client.Id]));
        var hidden = await s.Worker.PostAsJsonAsync("/api/v1/activities", Activity([s.Client.Id, invisible.Id]));

        Assert.True((await duplicate.ProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("participantClientIds", out _));
        Assert.True((await hidden.ProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("participantClientIds", out _));
        Assert.Equal(0, (await s.Worker.ServicesAsync(s.Case.Id)).Total);
        Assert.Equal(0, (await app.CaseStateAsync(s.Case.Id)).ServiceCount);
    }

    [Fact]
    [Trait("Clause", "C1.3.4")]
    public async Task The_sign_in_search_finds_only_visible_clients_with_the_id_number_masked()
    {
        var s = await app.CaseInServiceAsync();
        var otherWorker = await app.NewUserAsync(Roles.SocialWorker, s.Station);
        var surname = app.Unique("欧阳");
        var mine = await app.ClientAsync(s.Station, s.WorkerUser, surname + "甲");
        await app.ClientAsync(s.Station, otherWorker, surname + "乙");

        var found = (await s.Worker.GetFromJsonAsync<List<ClientPick>>($"/api/v1/activities/client-search?q={Uri.EscapeDataString(surname)}"))!;

        var pick = Assert.Single(found);
        Assert.Equal(mine.Id, pick.Id);
        Assert.Contains("*", pick.IdNumberMasked);
    }
}

[Collection(SqliteCollection.Name)] public sealed class ActivityOnSqlite(SqliteApp app) : ActivityTests(app);
[Collection(PostgresCollection.Name)] public sealed class ActivityOnPostgres(PostgresApp app) : ActivityTests(app);
