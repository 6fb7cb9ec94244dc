using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SocialWorkStation.Data;
using SocialWorkStation.IntegrationTests.Infrastructure;

namespace SocialWorkStation.IntegrationTests.Cases;

/// <summary>Intent helpers over /api/v1/clients, so client tests read as the rules they prove.</summary>
public static class ClientApi
{
    public static object NewClientBody(string name, string? idNumber = null, object? extra = null) => new Dictionary<string, object?>
    {
        ["name"] = name, ["idNumber"] = idNumber, ["phone"] = "13812345678", ["address"] = "城关镇幸福村 3 组",
        ["targetGroups"] = new[] { "独居老人" },
        ["household"] = new[] { new { name = "李四", relationship = "儿子", gender = "Male", livesTogether = false } },
    }.Concat(extra is null ? [] : JsonSerializer.SerializeToElement(extra).EnumerateObject()
        .Select(p => new KeyValuePair<string, object?>(p.Name, p.Value))).GroupBy(p => p.Key).ToDictionary(g => g.Key, g => g.Last().Value);

    public static async Task<Guid> RegisterAsync(this HttpClient client, string name, string? idNumber = null, object? extra = null)
    {
        var response = await client.PostAsJsonAsync("/api/v1/clients", NewClientBody(name, idNumber, extra));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"{(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement.GetProperty("id").GetGuid();
    }

    public static async Task<JsonElement> JsonAsync(this HttpResponseMessage response, HttpStatusCode status)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"expected {(int)status}, got {(int)response.StatusCode}: {body}");
        return body.Length == 0 ? default : JsonDocument.Parse(body).RootElement.Clone();
    }

    public static async Task<JsonElement> ClientDetailAsync(this HttpClient client, Guid id) =>
        await (await client.GetAsync($"/api/v1/clients/{id}")).JsonAsync(HttpStatusCode.OK);

    /// <summary>The birth date as stored (encrypted since issue 10), read back with the key.</summary>
    public static async Task<DateOnly?> StoredBirthDateAsync(this TestApp app, Guid clientId)
    {
        await using var scope = app.SystemScope();
        var client = await scope.ServiceProvider.GetRequiredService<SocialWorkStation.Modules.Cases.Data.CasesDb>().Clients.AsNoTracking()
            .SingleAsync(c => c.Id == clientId);
        return SocialWorkStation.Modules.Cases.Features.Clients.ClientBirth.Of(client,
            scope.ServiceProvider.GetRequiredService<SocialWorkStation.Platform.Protection.IPersonalDataProtector>());
    }

    public static async Task<int> AccessLogRowsAsync(this TestApp app, Guid clientId, string purpose)
    {
        await using var scope = app.SystemScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var key = clientId.ToString();
        return await db.AccessLog.CountAsync(e => e.Entity == "client" && e.EntityKey == key && e.Purpose == purpose);
    }
}
