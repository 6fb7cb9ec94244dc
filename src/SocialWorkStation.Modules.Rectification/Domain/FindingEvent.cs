using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;
using SocialWorkStation.Platform.Common;

namespace SocialWorkStation.Modules.Rectification.Domain;

[JsonConverter(typeof(JsonStringEnumConverter<FindingEventKind>))]
public enum FindingEventKind { Raised, ActionAdded, ActionCompleted, ActionVerified, ActionReturned, Closed }

/// <summary>One line of a finding's timeline (整改记录), written by <see cref="Finding"/> with the change it records.
/// Names the actor by user id; the audit trail separately keeps every changed field.</summary>
internal sealed class FindingEvent : StationEntity
{
    public Guid FindingId { get; set; }
    public Guid? ActionId { get; set; }
    public int? ActionSeq { get; set; }
    public DateTime At { get; set; }
    public FindingEventKind Kind { get; set; }
    public Guid ActorId { get; set; }
    /// <summary>The completion note, verification note, return reason or conclusion given with the change.</summary>
    [MaxLength(1000)] public string? Note { get; set; }
}
