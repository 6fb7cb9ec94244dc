using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using OtpNet;

namespace SocialWorkStation.UpgradeSnapshot;

public sealed record MakerOptions(string Provider, string Connection, string Files, string ProtectionKey, string Manifest, string Commit);

/// <summary>The release's own host (its Program: migrations at start, the whole pipeline) on Kestrel at 127.0.0.1,
/// configured the way an operator would, over an empty database.</summary>
internal sealed class SnapshotHost(MakerOptions options) : WebApplicationFactory<Program>
{
    public Uri BaseAddress { get; private set; } = default!;

    public void Start()
    {
        UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        StartServer();
        BaseAddress = new Uri(Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("Database:Provider", options.Provider);
        builder.UseSetting($"ConnectionStrings:{options.Provider}", options.Connection);
        builder.UseSetting("Attachments:Root", options.Files);
        builder.UseSetting("Protection:Key", options.ProtectionKey);
        builder.UseSetting("Urls", "http://127.0.0.1:0");
        // Every sign-in of the story comes from 127.0.0.1 within a minute; limits are not stored in the database.
        builder.UseSetting("Security:LoginPermitsPerMinute", "100000");
        builder.UseSetting("Security:AnonymousPermitsPerMinute", "100000");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
    }

    /// <summary>Signs in through POST /api/v1/auth/token, as an API client would; the session works in one station.</summary>
    public async Task<Session> SignInAsync(string userName, string password, string? totpKey = null, Guid? stationId = null)
    {
        var http = new HttpClient { BaseAddress = BaseAddress };
        var response = await http.PostAsJsonAsync("/api/v1/auth/token", new
        {
            userName, password, twoFactorCode = totpKey is null ? null : new Totp(Base32Encoding.ToBytes(totpKey)).ComputeTotp(),
        });
        var token = await Session.ReadAsync(response, $"sign-in {userName}");
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.GetProperty("accessToken").GetString());
        if (stationId is not null) http.DefaultRequestHeaders.Add("X-Station-Id", stationId.ToString());
        return new Session(http, userName);
    }

    /// <summary>A failed sign-in, so the login history holds one too.</summary>
    public async Task FailSignInAsync(string userName)
    {
        using var http = new HttpClient { BaseAddress = BaseAddress };
        var response = await http.PostAsJsonAsync("/api/v1/auth/token", new { userName, password = "wrong-Passw0rd!" });
        if (response.StatusCode != HttpStatusCode.Unauthorized) throw new InvalidOperationException($"wrong password answered {response.StatusCode}");
    }
}

/// <summary>One signed-in API client. Every call must succeed: the story is what the release accepts, nothing else.</summary>
internal sealed class Session(HttpClient http, string userName)
{
    public string UserName { get; } = userName;

    public Task<JsonElement> PostAsync(string url, object? body = null) => SendAsync(HttpMethod.Post, url, body);
    public Task<JsonElement> PutAsync(string url, object body) => SendAsync(HttpMethod.Put, url, body);
    public Task<JsonElement> GetAsync(string url) => SendAsync(HttpMethod.Get, url, null);

    public async Task<JsonElement> UploadAsync(string url, byte[] bytes, string fileName)
    {
        var form = new MultipartFormDataContent { { new ByteArrayContent(bytes), "file", fileName } };
        return await ReadAsync(await http.PostAsync(url, form), $"{UserName}: POST {url}");
    }

    private async Task<JsonElement> SendAsync(HttpMethod method, string url, object? body)
    {
        using var request = new HttpRequestMessage(method, url) { Content = body is null ? null : JsonContent.Create(body) };
        return await ReadAsync(await http.SendAsync(request), $"{UserName}: {method} {url}");
    }

    public static async Task<JsonElement> ReadAsync(HttpResponseMessage response, string what)
    {
        var text = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode) throw new InvalidOperationException($"{what} answered {(int)response.StatusCode}: {text}");
        return text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
    }
}
