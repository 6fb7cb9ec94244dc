using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;

// Declared in the tests' root namespace on purpose: C# looks for extension methods in the enclosing namespaces before
// the imported ones, so every test's PostAsJsonAsync/ReadFromJsonAsync… speaks the API's JSON (enums by name, ADR 009)
// without repeating an options argument at each call.
namespace SocialWorkStation.IntegrationTests;

public static class ApiJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public static Task<HttpResponseMessage> PostAsJsonAsync<T>(this HttpClient client, string? url, T value, CancellationToken ct = default) =>
        HttpClientJsonExtensions.PostAsJsonAsync(client, url, value, Options, ct);

    public static Task<HttpResponseMessage> PutAsJsonAsync<T>(this HttpClient client, string? url, T value, CancellationToken ct = default) =>
        HttpClientJsonExtensions.PutAsJsonAsync(client, url, value, Options, ct);

    public static Task<T?> GetFromJsonAsync<T>(this HttpClient client, string? url, CancellationToken ct = default) =>
        HttpClientJsonExtensions.GetFromJsonAsync<T>(client, url, Options, ct);

    public static Task<T?> ReadFromJsonAsync<T>(this HttpContent content, CancellationToken ct = default) =>
        HttpContentJsonExtensions.ReadFromJsonAsync<T>(content, Options, ct);
}
