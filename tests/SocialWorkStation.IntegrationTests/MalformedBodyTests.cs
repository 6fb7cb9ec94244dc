using System.Net;
using System.Reflection;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using SocialWorkStation.IntegrationTests.Infrastructure;
using SocialWorkStation.Platform.Identity;

namespace SocialWorkStation.IntegrationTests;

/// <summary>Sends broken bodies to every write endpoint of /api/v1 as a user holding every role:
/// nothing may answer 5xx (nulls nested in lists and objects included), and a body-level error names the field.</summary>
public abstract class MalformedBodyTests(TestApp app)
{
    [Fact]
    [Trait("Clause", "C7.3.1")]
    public async Task No_write_endpoint_answers_5xx_to_malformed_wrongly_typed_or_oversized_bodies()
    {
        var station = await app.NewStationAsync();
        using var client = await app.ClientForAsync(await app.NewUserAsync(Roles.All.ToArray(), station), station);
        var endpoints = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => (e.RoutePattern.RawText ?? "").StartsWith("/api/v1", StringComparison.Ordinal))
            .Select(e => (Route: e.RoutePattern.RawText!, Methods: e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? [],
                Body: e.Metadata.GetMetadata<IAcceptsMetadata>()?.RequestType))
            .Where(e => e.Methods.Any(m => m is "POST" or "PUT" or "PATCH"))
            .ToList();
        Assert.NotEmpty(endpoints);

        var failures = new List<string>();
        foreach (var (route, methods, body) in endpoints)
        {
            var url = System.Text.RegularExpressions.Regex.Replace(route, @"\{[^}]+\}", Guid.CreateVersion7().ToString());
            foreach (var method in methods.Where(m => m is "POST" or "PUT" or "PATCH"))
            {
                foreach (var payload in Payloads(body))
                {
                    using var request = new HttpRequestMessage(new HttpMethod(method), url)
                    {
                        Content = new StringContent(payload, Encoding.UTF8, "application/json"),
                    };
                    var response = await client.SendAsync(request);
                    if ((int)response.StatusCode >= 500)
                        failures.Add($"{method} {route} ← {Shorten(payload)}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
                }
            }
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Fact]
    public async Task A_wrongly_typed_field_is_named_in_the_400_answer()
    {
        using var client = app.NewClient();
        var response = await client.PostAsync("/api/v1/auth/token",
            new StringContent("""{"userName": 123, "password": "x"}""", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("userName", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_missing_required_field_gets_a_chinese_field_message()
    {
        using var client = app.NewClient();
        var response = await client.PostAsync("/api/v1/auth/token",
            new StringContent("""{"password": "x"}""", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("请输入用户名。", problem.GetProperty("errors").GetProperty("userName")[0].GetString());
    }

    private static IEnumerable<string> Payloads(Type? body)
    {
        yield return "{";
        yield return "[]";
        yield return "null";
        yield return "\"text\"";
        yield return "{}";
        if (body is null) yield break;
        var properties = body.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite || IsRecordProperty(body, p)).ToList();
        foreach (var p in properties)
        {
            yield return JsonSerializer.Serialize(new Dictionary<string, object?> { [JsonName(p)] = WrongValue(p.PropertyType) });
            if (p.PropertyType == typeof(string))
                yield return JsonSerializer.Serialize(new Dictionary<string, object?> { [JsonName(p)] = new string('长', 100_000) });
        }
        // Every field wrongly typed at once.
        yield return JsonSerializer.Serialize(properties.ToDictionary(JsonName, p => WrongValue(p.PropertyType)));

        // Nulls anywhere (issue 10): a field, a list entry, and every field of a nested object or list row.
        foreach (var p in properties)
        {
            yield return JsonSerializer.Serialize(new Dictionary<string, object?> { [JsonName(p)] = null });
            if (ElementType(p.PropertyType) is { } element)
            {
                yield return JsonSerializer.Serialize(new Dictionary<string, object?> { [JsonName(p)] = new object?[] { null } });
                if (IsObject(element))
                    yield return JsonSerializer.Serialize(new Dictionary<string, object?> { [JsonName(p)] = new object?[] { AllNull(element) } });
            }
            else if (IsObject(p.PropertyType))
                yield return JsonSerializer.Serialize(new Dictionary<string, object?> { [JsonName(p)] = AllNull(p.PropertyType) });
        }
        yield return JsonSerializer.Serialize(AllNull(body));
    }

    private static Dictionary<string, object?> AllNull(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite || IsRecordProperty(type, p))
            .ToDictionary(JsonName, _ => (object?)null);

    private static bool IsObject(Type t) =>
        t.IsClass && t != typeof(string) && !typeof(System.Collections.IEnumerable).IsAssignableFrom(t);

    private static Type? ElementType(Type t) =>
        t == typeof(string) ? null
        : t.IsArray ? t.GetElementType()
        : t.IsGenericType && typeof(System.Collections.IEnumerable).IsAssignableFrom(t) ? t.GetGenericArguments()[0] : null;

    private static bool IsRecordProperty(Type type, PropertyInfo p) => type.GetConstructors().Any(c => c.GetParameters().Any(x => x.Name == p.Name));

    private static object WrongValue(Type t)
    {
        t = Nullable.GetUnderlyingType(t) ?? t;
        if (t == typeof(string)) return 12345;
        if (t == typeof(bool)) return "not-a-bool";
        if (t.IsPrimitive || t == typeof(decimal)) return "not-a-number";
        if (t == typeof(Guid) || t == typeof(DateOnly) || t == typeof(DateTime)) return "9999-99-99-invalid";
        if (t.IsEnum) return "NoSuchValue";
        if (t != typeof(string) && typeof(System.Collections.IEnumerable).IsAssignableFrom(t)) return 42;
        return "not-an-object";
    }

    private static string JsonName(PropertyInfo p) => JsonNamingPolicy.CamelCase.ConvertName(p.Name);
    private static string Shorten(string s) => s.Length > 80 ? s[..80] + "…" : s;
}

[Collection(SqliteCollection.Name)] public sealed class MalformedBodyOnSqlite(SqliteApp app) : MalformedBodyTests(app);
[Collection(PostgresCollection.Name)] public sealed class MalformedBodyOnPostgres(PostgresApp app) : MalformedBodyTests(app);
