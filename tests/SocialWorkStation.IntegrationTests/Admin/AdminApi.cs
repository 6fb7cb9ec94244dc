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
    public static async Task<(HttpClient Client, TestUser Admin, Station Station)> AdminAsync(this TestApp app)
    {
        var station = await app.NewStationAsync();
        var admin = await app.NewUserAsync(Roles.Admin, station);
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
