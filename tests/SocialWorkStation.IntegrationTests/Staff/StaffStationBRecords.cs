using SocialWorkStation.IntegrationTests.Infrastructure;
using SocialWorkStation.Platform.Stations;

namespace SocialWorkStation.IntegrationTests.Staff;

/// <summary>Station B's staff list for StationIsolationTests: another station's list is a 404.</summary>
public sealed class StaffStationBRecords : IStationBRecords
{
    public async Task<IReadOnlyDictionary<string, StationBRecord>> CreateAsync(TestApp app, Station b)
    {
        await app.StaffWithoutLoginAsync(b);
        return new Dictionary<string, StationBRecord>
        {
            ["/api/v1/stations/{stationId:guid}/staff"] = new($"/api/v1/stations/{b.Id}/staff"),
        };
    }
}
