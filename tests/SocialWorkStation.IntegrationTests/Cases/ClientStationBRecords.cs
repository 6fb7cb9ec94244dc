using SocialWorkStation.IntegrationTests.Infrastructure;
using SocialWorkStation.Modules.Cases.Data;
using SocialWorkStation.Modules.Cases.Domain;
using SocialWorkStation.Platform.Identity;
using SocialWorkStation.Platform.Stations;
using Microsoft.Extensions.DependencyInjection;

namespace SocialWorkStation.IntegrationTests.Cases;

/// <summary>Station-B client records for every /api/v1/clients id route (the isolation test calls them as a station-A user).</summary>
public sealed class ClientStationBRecords : IStationBRecords
{
    public async Task<IReadOnlyDictionary<string, StationBRecord>> CreateAsync(TestApp app, Station b)
    {
        var worker = await app.NewUserAsync(Roles.SocialWorker, b);
        var client = await app.ClientAsync(b, worker);
        var consent = new Consent { StationId = b.Id, ClientId = client.Id, Scope = "基本情况", GivenOn = new DateOnly(2025, 1, 1) };
        await using (var scope = app.SystemScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CasesDb>();
            db.Consents.Add(consent);
            await db.SaveChangesAsync();
        }
        var c = $"/api/v1/clients/{client.Id}";
        return new Dictionary<string, StationBRecord>
        {
            ["/api/v1/clients/{id:guid}"] = new(c, """{"name":"改名","version":0}"""),
            ["/api/v1/clients/{id:guid}/reveal"] = new($"{c}/reveal"),
            ["/api/v1/clients/{id:guid}/consents"] = new($"{c}/consents", """{"kind":"General","form":"Oral","scope":"基本情况","givenOn":"2025-01-01"}"""),
            ["/api/v1/clients/{id:guid}/consents/{consentId:guid}/withdraw"] =
                new($"{c}/consents/{consent.Id}/withdraw", """{"withdrawnOn":"2025-02-01","reason":"不再需要"}"""),
            ["/api/v1/clients/{id:guid}/shares"] = new($"{c}/shares", $$"""{"userId":"{{worker.Id}}"}"""),
            ["/api/v1/clients/{id:guid}/shares/{userId:guid}"] = new($"{c}/shares/{worker.Id}"),
        };
    }
}
