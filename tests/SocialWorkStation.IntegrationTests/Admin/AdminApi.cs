using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using SocialWorkStation.IntegrationTests.Infrastructure;
using SocialWorkStation.Platform.Identity;
using SocialWorkStation.Platform.Stations;

namespace SocialWorkStation.IntegrationTests.Admin;

/// <summary>Intent helpers for the 系统管理 API tests: an administrator's client, and reading what the API answers.</summary>
internal static class AdminApi
{
    /// <summary>A 系统管理员 (accounts and stations) in a station of its own.</summary>
    public static Task<(HttpClient Client, TestUser Admin, Station Station)> AdminAsync(this TestApp app) => app.AdministratorAsync(Roles.Admin);

    /// <summary>One of the three administrators of 三权分立 — <see cref="Roles.Admin"/>, <see cref="Roles.SecurityAdmin"/>
    /// (roles and permissions) or <see cref="Roles.AuditAdmin"/> (audit, access log, login history) — in a station of its own.</summary>
    public static async Task<(HttpClient Client, TestUser Admin, Station Station)> AdministratorAsync(this TestApp app, string role)
    {
        var station = await app.NewStationAsync();
        var admin = await app.NewUserAsync(role, station);
        return (await app.ClientForAsync(admin), admin, station);
    }

    /// <summary>The field messages of a 400 ValidationProblem, by field name.</summary>
    public static async Task<Dictionary<string, string[]>> FieldErrorsAsync(this HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<ValidationProblem>();
        return problem!.Errors ?? [];
    }

    public static async Task<string> TitleAsync(this HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<ValidationProblem>())!.Title ?? "";

    public static async Task<HttpResponseMessage> SignInAsync(this TestApp app, string userName, string password, string? userAgent = null)
    {
        using var client = app.NewClient();
        if (userAgent is not null) client.DefaultRequestHeaders.UserAgent.ParseAdd(userAgent);
        return await client.PostAsJsonAsync("/api/v1/auth/token", new { userName, password });
    }

    /// <summary>The first sign-in of an account an administrator created: the user replaces the administrator's password
    /// before anything else (issue 10, item 6). Returns the user with their own password.</summary>
    public static async Task<TestUser> FirstSignInAsync(this TestApp app, UserDto created)
    {
        var user = new TestUser(created.Id, created.UserName, "Own-Passw0rd-2026", null);
        using var first = await app.ClientForAsync(new TestUser(created.Id, created.UserName, TestApp.Password, null));
        var changed = await first.PostAsJsonAsync("/api/v1/me/password", new { currentPassword = TestApp.Password, newPassword = user.Password });
        Assert.Equal(HttpStatusCode.NoContent, changed.StatusCode);
        return user;
    }

    /// <summary>How a 系统管理员 gives someone an administrative duty through the doors people use: creates the account, the
    /// person replaces the password, the administrator issues a one-time enrolment code and the person binds an
    /// authenticator with it. Returns the person's signed-in client.</summary>
    public static async Task<HttpClient> AppointAsync(this TestApp app, HttpClient admin, string role, Guid stationId)
    {
        var created = await admin.CreateUserAsync(NewUserBody(app.Unique("appointed"), role, stationId));
        var user = await app.FirstSignInAsync(created);
        string key;
        using (var enrolling = await app.ClientForAsync(user))
        {
            key = (await enrolling.GetFromJsonAsync<JsonElement>("/api/v1/me/two-factor")).GetProperty("authenticatorKey").GetString()!;
            var issued = await (await admin.PostAsync($"/api/v1/admin/users/{created.Id}/enrolment-code", null)).Content.ReadFromJsonAsync<JsonElement>();
            var enrolled = await enrolling.PostAsJsonAsync("/api/v1/me/two-factor",
                new { code = TestApp.TotpCode(key, app.Clock), enrolmentCode = issued.GetProperty("code").GetString() });
            Assert.Equal(HttpStatusCode.OK, enrolled.StatusCode);
        }
        return await app.ClientForAsync(user with { TotpKey = key });
    }

    public static object NewUserBody(string userName, string role, params Guid[] stations) => new
    {
        userName, displayName = "新同事", password = TestApp.Password, roles = new[] { role }, stationIds = stations,
    };

    public static async Task<UserDto> CreateUserAsync(this HttpClient admin, object body)
    {
        var response = await admin.PostAsJsonAsync("/api/v1/admin/users", body);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<UserDto>())!;
    }

    public sealed record ValidationProblem(string? Title, Dictionary<string, string[]>? Errors);
    public sealed record StationDto(Guid Id, string Name, string Code);
    public sealed record UserDto(Guid Id, string UserName, string DisplayName, List<string> Roles, List<StationDto> Stations,
        bool IsActive, bool TwoFactorEnabled, bool IsLockedOut, DateOnly? AccessExpiresOn, string? ConcurrencyStamp);
    public sealed record Page<T>(List<T> Items, int Total);
    public sealed record MeDto(Guid Id, string UserName, Guid? StationId, List<StationDto> Stations);
    public sealed record RoleDto(Guid Id, string Name, List<string> Permissions, string? ConcurrencyStamp);
    public sealed record LoginEventDto(DateTime At, string AtLocal, Guid? UserId, string UserName, string? IpAddress,
        string? UserAgent, bool Succeeded, string? Reason);
    public sealed record AuditDto(long Sequence, string UserName, string Entity, string EntityKey, string Action,
        List<string> ChangedFields, string Changes);
    public sealed record VerificationDto(bool IsIntact, long RowsChecked, long? BrokenAtSequence, string Message);

    public static JsonElement ChangesOf(AuditDto row) => JsonDocument.Parse(row.Changes).RootElement;
}
