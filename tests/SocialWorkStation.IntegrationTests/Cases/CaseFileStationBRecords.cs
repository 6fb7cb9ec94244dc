using SocialWorkStation.IntegrationTests.Infrastructure;
using SocialWorkStation.Platform.Identity;
using SocialWorkStation.Platform.Stations;

namespace SocialWorkStation.IntegrationTests.Cases;

/// <summary>Station-B cases for the case-file routes of the isolation test (C1.3.4).</summary>
public sealed class CaseFileStationBRecords : IStationBRecords
{
    public async Task<IReadOnlyDictionary<string, StationBRecord>> CreateAsync(TestApp app, Station b)
    {
        var worker = await app.NewUserAsync(Roles.SocialWorker, b);
        var item = await app.CaseAsync(b, await app.ClientAsync(b, worker), worker);
        return new Dictionary<string, StationBRecord>
        {
            ["/api/v1/cases/{id:guid}/file"] = new($"/api/v1/cases/{item.Id}/file"),
            ["/api/v1/cases/{id:guid}/file.pdf"] = new($"/api/v1/cases/{item.Id}/file.pdf"),
        };
    }
}
