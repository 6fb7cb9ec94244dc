using System.ComponentModel.DataAnnotations;
using SocialWorkStation.Platform.Common;

namespace SocialWorkStation.Platform.Staff;

/// <summary>A person who works for a station (or its county centre), with or without a login (docs/adr/012). Records of
/// every module name people by this id, never by a copied name; names are read from here when shown. The personnel
/// chapter (C2) will hang the staff file on it; until then user administration keeps a login's record in step.</summary>
public sealed class StaffRecord : Entity
{
    public Guid OrganisationId { get; set; }
    [Personal, MaxLength(50)] public required string Name { get; set; }
    /// <summary>Inactive people still name their old records but are not offered for new ones.</summary>
    public bool IsActive { get; set; } = true;
    /// <summary>The person's login, if any. A record made for a login reuses the login's id, so every reference written
    /// before staff records existed (a user id) is a valid staff id.</summary>
    public Guid? UserId { get; set; }
    public DateTime CreatedAt { get; set; }
    public List<StaffStation> Stations { get; set; } = [];
}

/// <summary>A station the person serves; a supervisor shared by several stations serves each of them.</summary>
public sealed class StaffStation
{
    public Guid StaffId { get; set; }
    public Guid StationId { get; set; }
}
