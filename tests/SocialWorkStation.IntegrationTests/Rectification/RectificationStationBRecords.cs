using SocialWorkStation.IntegrationTests.Infrastructure;
using SocialWorkStation.Platform.Identity;
using SocialWorkStation.Platform.Stations;

namespace SocialWorkStation.IntegrationTests.Rectification;

/// <summary>Station-B records for the rectification routes (StationIsolationTests): a finding with a completed action.</summary>
public sealed class RectificationStationBRecords : IStationBRecords
{
    public async Task<IReadOnlyDictionary<string, StationBRecord>> CreateAsync(TestApp app, Station b)
    {
        var director = await app.NewUserAsync(Roles.Director, b);
        var worker = await app.NewUserAsync(Roles.SocialWorker, b);
        var supervisor = await app.NewUserAsync(Roles.Supervisor, b);
        var team = new RectificationTeam(b, director, supervisor, worker, await app.ClientForAsync(director, b),
            await app.ClientForAsync(supervisor, b), await app.ClientForAsync(worker, b));
        var (findingId, actionId) = await team.CompletedActionAsync();
        var due = RectificationApi.Today.AddDays(7).ToString("yyyy-MM-dd");
        return new Dictionary<string, StationBRecord>
        {
            ["/api/v1/rectification/findings/{id:guid}"] = new($"/api/v1/rectification/findings/{findingId}"),
            ["/api/v1/rectification/findings/{id:guid}/owners"] = new($"/api/v1/rectification/findings/{findingId}/owners"),
            ["/api/v1/rectification/findings/{id:guid}/actions"] = new($"/api/v1/rectification/findings/{findingId}/actions",
                $$"""{"description":"措施","ownerId":"{{worker.Id}}","dueOn":"{{due}}"}"""),
            ["/api/v1/rectification/findings/{id:guid}/close"] = new($"/api/v1/rectification/findings/{findingId}/close",
                """{"conclusion":"销号","version":1}"""),
            ["/api/v1/rectification/actions/{id:guid}/complete"] = new($"/api/v1/rectification/actions/{actionId}/complete",
                """{"note":"已完成","version":1}"""),
            ["/api/v1/rectification/actions/{id:guid}/verify"] = new($"/api/v1/rectification/actions/{actionId}/verify", """{"version":1}"""),
            ["/api/v1/rectification/actions/{id:guid}/return"] = new($"/api/v1/rectification/actions/{actionId}/return",
                """{"reason":"退回","version":1}"""),
        };
    }
}
