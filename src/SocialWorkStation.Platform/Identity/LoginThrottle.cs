using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace SocialWorkStation.Platform.Identity;

public sealed class LoginThrottleOptions
{
    public const string Section = "Security:LoginThrottle";
    /// <summary>Failures for one account name before each further attempt must wait.</summary>
    public int AccountFailures { get; set; } = 5;
    /// <summary>Failures from one address (any names) before it must wait: higher, as an office shares one address.</summary>
    public int AddressFailures { get; set; } = 50;
    public int FirstDelaySeconds { get; set; } = 30;
    public int MaxDelaySeconds { get; set; } = 900;
    /// <summary>A key's failures are forgotten this long after its last failure.</summary>
    public int ForgetAfterMinutes { get; set; } = 60;
}

/// <summary>Slows down password guessing instead of locking accounts (issue 10, item 9): Identity's hard lockout let
/// anyone lock a colleague out with five requests, and answered differently for real and unknown names. Failures are
/// counted per account name (whether or not it exists) and per address; past the threshold each further failure doubles
/// the wait (30 s, 60 s, 120 s … up to 15 minutes). A successful sign-in clears the name's count; an administrator's
/// unlock or password reset too. Kept in memory per node: a restart or another node starts afresh, which a guesser
/// gains little from at these delays.</summary>
public sealed class LoginThrottle(IOptions<LoginThrottleOptions> options, TimeProvider clock)
{
    private sealed record Entry(int Failures, DateTimeOffset LastFailure, DateTimeOffset BlockedUntil);

    private readonly ConcurrentDictionary<string, Entry> _entries = new();
    private LoginThrottleOptions O => options.Value;

    public static string AccountKey(string userName) => "name:" + userName.Trim().ToUpperInvariant();
    public static string AddressKey(string? address) => "addr:" + (address ?? "?");

    /// <summary>Seconds still to wait before the name may be tried from the address, or null when it may be tried now.</summary>
    public int? RetryAfter(string userName, string? address)
    {
        var now = clock.GetUtcNow();
        var until = new[] { Get(AccountKey(userName), now), Get(AddressKey(address), now) }
            .Where(e => e is not null && e.BlockedUntil > now).Select(e => e!.BlockedUntil).DefaultIfEmpty().Max();
        return until > now ? (int)Math.Ceiling((until - now).TotalSeconds) : null;
    }

    /// <summary>True while the name must wait (shown to administrators as 已锁定, cleared by unlock or reset).</summary>
    public bool IsThrottled(string userName)
    {
        var now = clock.GetUtcNow();
        return Get(AccountKey(userName), now) is { } e && e.BlockedUntil > now;
    }

    public void RecordFailure(string userName, string? address)
    {
        Fail(AccountKey(userName), O.AccountFailures);
        Fail(AddressKey(address), O.AddressFailures);
    }

    public void Clear(string userName) => _entries.TryRemove(AccountKey(userName), out _);

    private void Fail(string key, int threshold)
    {
        var now = clock.GetUtcNow();
        _entries.AddOrUpdate(key, _ => Next(0, threshold, now), (_, e) => Next(Expired(e, now) ? 0 : e.Failures, threshold, now));
    }

    private Entry Next(int previous, int threshold, DateTimeOffset now)
    {
        var failures = previous + 1;
        if (failures < threshold) return new Entry(failures, now, now);
        var doublings = Math.Min(failures - threshold, 20);
        var delay = Math.Min((long)O.FirstDelaySeconds << doublings, O.MaxDelaySeconds);
        return new Entry(failures, now, now.AddSeconds(delay));
    }

    private Entry? Get(string key, DateTimeOffset now) =>
        _entries.TryGetValue(key, out var e) && !Expired(e, now) ? e : null;

    private bool Expired(Entry e, DateTimeOffset now) => e.BlockedUntil <= now && now - e.LastFailure > TimeSpan.FromMinutes(O.ForgetAfterMinutes);
}
