using Microsoft.EntityFrameworkCore;
using SocialWorkStation.Platform.Identity;

namespace SocialWorkStation.Platform.Public;

/// <summary>What a public page may know about its station: its name, code and county centre. Nothing personal,
/// nothing internal.</summary>
public sealed record PublicStation(Guid Id, string Code, string Name, string OrganisationName, string TimeZone);

/// <summary>The station a public request is for. The host resolves it once per request, before the page runs, and binds
/// the request's <see cref="ICurrentUser"/> to an anonymous visitor of that station: not signed in, no permissions,
/// seeing and writing that station's rows only (station isolation applies to public pages as to staff pages).</summary>
public sealed class PublicVisit
{
    private readonly IPlatformDb _db;
    private readonly CurrentUser _user;
    private PublicStation? _station;

    internal PublicVisit(IPlatformDb db, CurrentUser user) => (_db, _user) = (db, user);

    /// <summary>The station of this public request; only public pages (and their layout) may ask.</summary>
    public PublicStation Station => _station ?? throw new InvalidOperationException("Not a public request: no station was resolved.");

    /// <summary>Finds the active station by its code and binds the request to it; null for an unknown or inactive station
    /// (the host answers 404).</summary>
    internal async Task<PublicStation?> EnterAsync(string? stationCode, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(stationCode) || stationCode.Length > 20) return null;
        var station = await _db.Stations.AsNoTracking()
            .Where(s => s.Code == stationCode && s.IsActive)
            .Join(_db.Organisations, s => s.OrganisationId, o => o.Id,
                (s, o) => new PublicStation(s.Id, s.Code, s.Name, o.Name, s.TimeZone))
            .FirstOrDefaultAsync(ct);
        if (station is null) return null;
        _user.InitializePublicVisitor(station.Id);
        return _station = station;
    }
}
