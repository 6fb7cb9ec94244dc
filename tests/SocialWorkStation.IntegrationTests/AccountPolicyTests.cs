using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using SocialWorkStation.IntegrationTests.Infrastructure;
using SocialWorkStation.Platform.Identity;

namespace SocialWorkStation.IntegrationTests;

/// <summary>External evaluators have read-only, time-limited access (domain notes: 第三方评估机构).</summary>
public abstract class AccountPolicyTests(TestApp app)
{
    private async Task SetExpiryAsync(TestUser user, DateOnly expiresOn)
    {
        await using var scope = app.SystemScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var entity = (await users.FindByIdAsync(user.Id.ToString()))!;
        entity.AccessExpiresOn = expiresOn;
        Assert.True((await users.UpdateAsync(entity)).Succeeded);
    }

    [Fact]
    [Trait("Clause", "C7.3.1")]
    public async Task An_evaluator_past_the_access_expiry_date_cannot_sign_in()
    {
        var station = await app.NewStationAsync();
        var evaluator = await app.NewUserAsync(Roles.Evaluator, station);
        await SetExpiryAsync(evaluator, DateOnly.FromDateTime(DateTime.UtcNow.AddDays(-1)));
        using var client = app.NewClient();
        var response = await client.PostAsJsonAsync("/api/v1/auth/token", new { userName = evaluator.UserName, password = evaluator.Password });
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("访问期限已过", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    [Trait("Clause", "C7.3.1")]
    public async Task An_evaluators_token_stops_working_once_the_expiry_date_has_passed()
    {
        var station = await app.NewStationAsync();
        var evaluator = await app.NewUserAsync(Roles.Evaluator, station);
        await SetExpiryAsync(evaluator, DateOnly.FromDateTime(DateTime.UtcNow.AddDays(30)));
        using var client = await app.ClientForAsync(evaluator);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/me")).StatusCode);
        await SetExpiryAsync(evaluator, DateOnly.FromDateTime(DateTime.UtcNow.AddDays(-1)));
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/v1/me")).StatusCode);
    }

    [Fact]
    public async Task An_evaluator_may_read_but_not_submit_requests()
    {
        var station = await app.NewStationAsync();
        var evaluator = await app.NewUserAsync(Roles.Evaluator, station);
        await SetExpiryAsync(evaluator, DateOnly.FromDateTime(DateTime.UtcNow.AddDays(30)));
        using var client = await app.ClientForAsync(evaluator);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/approvals/mine")).StatusCode);
        var submit = await client.PostAsJsonAsync("/api/v1/approvals", new { title = "评估员不能提交", summary = "说明" });
        Assert.Equal(HttpStatusCode.Forbidden, submit.StatusCode);
    }
}

[Collection(SqliteCollection.Name)] public sealed class AccountPolicyOnSqlite(SqliteApp app) : AccountPolicyTests(app);
[Collection(PostgresCollection.Name)] public sealed class AccountPolicyOnPostgres(PostgresApp app) : AccountPolicyTests(app);
