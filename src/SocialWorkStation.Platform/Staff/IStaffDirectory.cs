namespace SocialWorkStation.Platform.Staff;

/// <summary>One person of the staff registry as modules see them. <paramref name="Roles"/> are those of the person's
/// login (empty without one); the personnel chapter may add posts.</summary>
public sealed record StaffRef(Guid Id, string Name, bool IsActive, Guid? UserId, IReadOnlyList<Guid> StationIds, IReadOnlyList<string> Roles);

/// <summary>A staff id with its name, for joining names into one streamed query (exports) instead of copying them.</summary>
public sealed class StaffName
{
    public Guid Id { get; init; }
    public string Name { get; init; } = "";
}

/// <summary>The names of many staff ids, read in one query.</summary>
public sealed class StaffNames(IReadOnlyDictionary<Guid, string> names)
{
    public static readonly StaffNames None = new(new Dictionary<Guid, string>());

    public string? Find(Guid? id) => id is { } key && names.TryGetValue(key, out var name) ? name : null;

    /// <summary>The person's current name; for a record written before staff ids, the name it kept (docs/adr/012).</summary>
    public string Of(Guid? id, string? legacy = null) => Find(id) ?? legacy ?? "";

    /// <summary>Several people as one text, in the order given (unknown ids are left out).</summary>
    public string Join(IEnumerable<Guid> ids, string separator = "、") => string.Join(separator, ids.Select(id => Find(id)).OfType<string>());
}

/// <summary>The read side of the staff registry (docs/adr/012), for every module. Isolation as elsewhere: a station's
/// staff list and one person's details are visible only to users who see one of the stations concerned (county
/// oversight sees its stations); names of ids are not filtered, since the ids come from records the caller may read and
/// a person who has left a station still names its old records.</summary>
public interface IStaffDirectory
{
    /// <summary>One person, if they serve a station the caller sees or are the caller; null otherwise.</summary>
    Task<StaffRef?> FindAsync(Guid staffId, CancellationToken ct = default);

    /// <summary>Names of the ids, in one query; unknown ids are absent.</summary>
    Task<StaffNames> NamesAsync(IEnumerable<Guid> staffIds, CancellationToken ct = default);

    /// <summary>The people serving a station (active only unless asked), ordered by name; null for a station the caller
    /// does not see (answer 404).</summary>
    Task<IReadOnlyList<StaffRef>?> OfStationAsync(Guid stationId, bool includeInactive = false, CancellationToken ct = default);

    /// <summary>The staff record of the signed-in user; null for the system user or a login without one.</summary>
    Task<StaffRef?> CurrentAsync(CancellationToken ct = default);

    /// <summary>Every staff id with its name, as a query to join in SQL (streamed exports).</summary>
    IQueryable<StaffName> Names { get; }
}
