using System.ComponentModel.DataAnnotations;
using SocialWorkStation.Platform.Common;

namespace SocialWorkStation.Platform.Stations;

/// <summary>A county (district) social work guidance centre that owns stations, or a city civil-affairs bureau that
/// is the parent of county centres (one level: city → counties → stations).</summary>
public sealed class Organisation : Entity
{
    [MaxLength(100)] public required string Name { get; set; }
    [MaxLength(12)] public string? RegionCode { get; set; }
    /// <summary>The city organisation above a county centre; null for a county centre on its own and for the city itself.</summary>
    public Guid? ParentId { get; set; }
}

/// <summary>A township or street social work station (乡镇（街道）社工站).</summary>
public sealed class Station : Entity
{
    public Guid OrganisationId { get; set; }
    [MaxLength(100)] public required string Name { get; set; }
    [MaxLength(20)] public required string Code { get; set; }
    /// <summary>Not read yet: every station works in the configured <see cref="StationClock"/> zone.</summary>
    [MaxLength(50)] public string TimeZone { get; set; } = StationClock.DefaultTimeZone;
    public bool IsActive { get; set; } = true;
}

public sealed class UserStation
{
    public Guid UserId { get; set; }
    public Guid StationId { get; set; }
}

public sealed record StationRef(Guid Id, string Name, string Code);
