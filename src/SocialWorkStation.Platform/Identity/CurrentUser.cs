using System.Security.Claims;
using Microsoft.Extensions.DependencyInjection;
using SocialWorkStation.Platform.Stations;

namespace SocialWorkStation.Platform.Identity;

/// <summary>The person acting in this scope (an HTTP request, or one Blazor operation) and the stations they see.</summary>
public interface ICurrentUser
{
    bool IsAuthenticated { get; }
    /// <summary>Start-up, seeding and CLI commands act without station restrictions.</summary>
    bool IsSystem { get; }
    Guid Id { get; }
    /// <summary>The signed-in person's staff id (docs/adr/012): their staff record's id, else the login's own id, which is
    /// the id the start-up step gives a login's record. Records name people by this id; Guid.Empty for the system user.</summary>
    Guid StaffId { get; }
    string UserName { get; }
    string DisplayName { get; }
    Guid OrganisationId { get; }
    /// <summary>The station chosen in the switcher; null when a county user looks at all stations.</summary>
    Guid? StationId { get; }
    IReadOnlyList<Guid> VisibleStationIds { get; }
    IReadOnlyList<StationRef> Stations { get; }
    IReadOnlyList<string> Roles { get; }
    /// <summary>Administrators must enrol an authenticator before they may do anything else.</summary>
    bool RequiresTwoFactorSetup { get; }
    bool Has(string permission);
}

public static class StationClaim
{
    public const string Type = "sws:station";
    public const string AllStations = "all";
}

// Takes the provider, not the loader: the loader needs the DbContext, whose query filter needs this (a cycle).
internal sealed class CurrentUser(IServiceProvider services) : ICurrentUser
{
    /// <summary>The claim Identity puts the security stamp in (cookie and bearer token alike).</summary>
    public static readonly string SecurityStampClaimType = new Microsoft.AspNetCore.Identity.ClaimsIdentityOptions().SecurityStampClaimType;

    private readonly SemaphoreSlim _gate = new(1, 1);
    private UserAccess? _access;

    public bool IsAuthenticated => _access is not null;
    public bool IsSystem { get; private set; }
    public Guid Id => _access?.UserId ?? Guid.Empty;
    public Guid StaffId => _access?.StaffId ?? Guid.Empty;
    public string UserName => _access?.UserName ?? (IsSystem ? "system" : IsPublicVisitor ? "public" : "");
    public string DisplayName => _access?.DisplayName ?? UserName;
    public Guid OrganisationId => _access?.OrganisationId ?? Guid.Empty;
    public Guid? StationId { get; private set; }
    public IReadOnlyList<Guid> VisibleStationIds { get; private set; } = [];
    public IReadOnlyList<StationRef> Stations => _access?.Stations ?? [];
    public IReadOnlyList<string> Roles => _access?.Roles ?? [];
    public bool RequiresTwoFactorSetup => _access?.RequiresTwoFactorSetup ?? false;
    /// <summary>An administrator set the password (create, reset): nothing but changing it until the user has.</summary>
    public bool MustChangePassword => _access?.MustChangePassword ?? false;
    public bool Has(string permission) => IsSystem || (_access?.Permissions.Contains(permission) ?? false);

    public void InitializeSystem() => IsSystem = true;

    /// <summary>An anonymous resident on a station's public pages (ADR 010): not signed in, no permissions, and the one
    /// station visible, so a public page reads and writes that station's rows only. Audit rows name the user "public".</summary>
    public bool IsPublicVisitor { get; private set; }

    internal void InitializePublicVisitor(Guid stationId)
    {
        if (_access is not null || IsSystem) throw new InvalidOperationException("A signed-in or system scope cannot become a public visitor.");
        IsPublicVisitor = true;
        StationId = stationId;
        VisibleStationIds = [stationId];
    }

    /// <summary>Binds the scope to a signed-in principal. Disabled or expired accounts become anonymous.</summary>
    /// <remarks>In a Blazor circuit the layout and the route's authorisation both bind the user, concurrently, over the
    /// circuit's one DbContext: calls are serialised, and the new state is published only once complete, so nobody
    /// reads a half-bound user (PostgreSQL's truly asynchronous I/O made the overlap crash the circuit).</remarks>
    public async Task InitializeAsync(ClaimsPrincipal? principal, string? requestedStation, CancellationToken ct = default)
    {
        await _gate.WaitAsync(ct);
        try
        {
            var (access, stationId, visible) = await LoadAsync(principal, requestedStation, ct);
            _access = access;
            StationId = stationId;
            VisibleStationIds = visible;
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task<(UserAccess?, Guid?, IReadOnlyList<Guid>)> LoadAsync(ClaimsPrincipal? principal, string? requestedStation, CancellationToken ct)
    {
        var id = principal?.FindFirstValue(ClaimTypes.NameIdentifier);
        if (!Guid.TryParse(id, out var userId)) return (null, null, []);
        var access = await services.GetRequiredService<UserAccessLoader>().LoadAsync(userId, ct);
        if (access is null) return (null, null, []);
        // A cookie, bearer token or circuit signed in before the user's stamp changed (sign-out, password change or reset,
        // new roles or permissions) is revoked on its next request, not after a validation interval (issue 10, item 9).
        if (principal!.FindFirstValue(SecurityStampClaimType) is { } stamp && stamp != access.SecurityStamp) return (null, null, []);

        // Explicit choice (header or switcher) first, then the user's own station; county users may choose "all".
        var wanted = requestedStation ?? principal!.FindFirstValue(StationClaim.Type) ?? access.HomeStationId?.ToString();
        var chosen = Guid.TryParse(wanted, out var sid) ? access.Stations.FirstOrDefault(s => s.Id == sid) : null;
        if (chosen is null && access.CountyWide) return (access, null, access.Stations.Select(s => s.Id).ToList());
        chosen ??= access.Stations.FirstOrDefault();
        return (access, chosen?.Id, chosen is null ? [] : [chosen.Id]);
    }
}

/// <summary>The unrestricted identity for design-time tooling and CLI commands.</summary>
public sealed class SystemUser : ICurrentUser
{
    public static readonly SystemUser Instance = new();
    public bool IsAuthenticated => false;
    public bool IsSystem => true;
    public Guid Id => Guid.Empty;
    public Guid StaffId => Guid.Empty;
    public string UserName => "system";
    public string DisplayName => "system";
    public Guid OrganisationId => Guid.Empty;
    public Guid? StationId => null;
    public IReadOnlyList<Guid> VisibleStationIds => [];
    public IReadOnlyList<StationRef> Stations => [];
    public IReadOnlyList<string> Roles => [];
    public bool RequiresTwoFactorSetup => false;
    public bool Has(string permission) => true;
}
