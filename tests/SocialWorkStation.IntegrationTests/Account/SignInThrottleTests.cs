using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using SocialWorkStation.IntegrationTests.Infrastructure;
using SocialWorkStation.Platform.Identity;
using static SocialWorkStation.IntegrationTests.Admin.AdminApi;

namespace SocialWorkStation.IntegrationTests.Account;

/// <summary>Sign-in failures do not tell real names from unknown ones, and repeated failures are slowed down rather than
/// locking the account (issue 10, item 9). Each test runs a second node over the same database with what it observes:
/// a password hasher that counts, a clock it moves, a lower per-address threshold.</summary>
[Trait("Clause", "C7.3.1")]
public abstract class SignInThrottleTests(TestApp app)
{
    [Fact]
    public async Task An_unknown_name_runs_the_password_hasher_and_is_answered_like_a_real_name_with_a_wrong_password()
    {
        var counter = new CountingHasher();
        await using var node = await StartNodeAsync(s => s.AddSingleton<IPasswordHasher<AppUser>>(counter));
        var real = await app.NewUserAsync(Roles.Finance, await app.NewStationAsync());

        var before = counter.Verifications;
        var unknown = await SignInAsync(node, app.Unique("nobody"), "Wrong-Passw0rd");
        Assert.True(counter.Verifications > before, "the unknown name's password was never hashed");
        var wrong = await SignInAsync(node, real.UserName, "Wrong-Passw0rd");

        Assert.Equal(HttpStatusCode.Unauthorized, unknown.Status);
        Assert.Equal(unknown, wrong);
    }

    [Fact]
    public async Task A_disabled_account_is_revealed_only_to_someone_with_its_password()
    {
        await using var node = await StartNodeAsync(_ => { });
        var (admin, _, station) = await app.AdminAsync();
        var user = await app.NewUserAsync(Roles.Finance, station);
        await admin.PostAsync($"/api/v1/admin/users/{user.Id}/disable", null);

        var unknown = await SignInAsync(node, app.Unique("nobody"), "Wrong-Passw0rd");
        Assert.Equal(unknown, await SignInAsync(node, user.UserName, "Wrong-Passw0rd"));
        var right = await SignInAsync(node, user.UserName, user.Password);
        Assert.Equal(HttpStatusCode.Unauthorized, right.Status);
        Assert.Contains("停用", right.Title);
    }

    [Fact]
    public async Task Repeated_failures_make_real_and_unknown_names_wait_alike_with_growing_delays_and_never_lock_the_account()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var node = await StartNodeAsync(s => s.AddSingleton<TimeProvider>(clock));
        var real = await app.NewUserAsync(Roles.Finance, await app.NewStationAsync());
        var unknownName = app.Unique("nobody");
        for (var i = 0; i < 5; i++)
        {
            await SignInAsync(node, real.UserName, "Wrong-Passw0rd");
            await SignInAsync(node, unknownName, "Wrong-Passw0rd");
        }

        var realWaits = await SignInAsync(node, real.UserName, real.Password);
        var unknownWaits = await SignInAsync(node, unknownName, "Wrong-Passw0rd");
        Assert.Equal((HttpStatusCode.TooManyRequests, "尝试过于频繁，请 30 秒后再试。"), (realWaits.Status, realWaits.Title));
        Assert.Equal(realWaits, unknownWaits);

        clock.Advance(TimeSpan.FromSeconds(31));
        Assert.Equal(HttpStatusCode.Unauthorized, (await SignInAsync(node, unknownName, "Wrong-Passw0rd")).Status);
        Assert.Equal("尝试过于频繁，请 60 秒后再试。", (await SignInAsync(node, unknownName, "Wrong-Passw0rd")).Title);
        Assert.Equal(HttpStatusCode.OK, (await SignInAsync(node, real.UserName, real.Password)).Status);
    }

    [Fact]
    public async Task Many_failures_from_one_address_make_it_wait_whatever_names_it_tries()
    {
        await using var node = await StartNodeAsync(s => s.Configure<LoginThrottleOptions>(o => o.AddressFailures = 3));
        for (var i = 0; i < 3; i++) await SignInAsync(node, app.Unique("guess"), "Wrong-Passw0rd");
        var real = await app.NewUserAsync(Roles.Finance, await app.NewStationAsync());
        Assert.Equal(HttpStatusCode.TooManyRequests, (await SignInAsync(node, real.UserName, real.Password)).Status);
    }

    private async Task<Node> StartNodeAsync(Action<IServiceCollection> services)
    {
        var node = app.AnotherNode(services);
        await node.InitializeAsync();
        return new Node(node);
    }

    private static async Task<Answer> SignInAsync(Node node, string userName, string password)
    {
        using var client = node.App.NewClient();
        var response = await client.PostAsJsonAsync("/api/v1/auth/token", new { userName, password });
        var title = response.StatusCode == HttpStatusCode.OK ? "" : (await response.Content.ReadFromJsonAsync<Problem>())!.Title ?? "";
        return new Answer(response.StatusCode, title);
    }

    private sealed record Answer(HttpStatusCode Status, string Title);
    private sealed record Problem(string? Title);

    private sealed class Node(TestApp app) : IAsyncDisposable
    {
        public TestApp App => app;
        public async ValueTask DisposeAsync() => await ((IAsyncLifetime)app).DisposeAsync();
    }

    /// <summary>Identity's hasher, counting verifications: the observable that the unknown-name path does the same work.</summary>
    private sealed class CountingHasher : IPasswordHasher<AppUser>
    {
        private readonly PasswordHasher<AppUser> _inner = new();
        private int _verifications;
        public int Verifications => Volatile.Read(ref _verifications);
        public string HashPassword(AppUser user, string password) => _inner.HashPassword(user, password);

        public PasswordVerificationResult VerifyHashedPassword(AppUser user, string hashedPassword, string providedPassword)
        {
            Interlocked.Increment(ref _verifications);
            return _inner.VerifyHashedPassword(user, hashedPassword, providedPassword);
        }
    }
}

[Collection(SqliteCollection.Name)] public sealed class SignInThrottleOnSqlite(SqliteApp app) : SignInThrottleTests(app);
[Collection(PostgresCollection.Name)] public sealed class SignInThrottleOnPostgres(PostgresApp app) : SignInThrottleTests(app);
