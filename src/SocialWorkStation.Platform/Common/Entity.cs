namespace SocialWorkStation.Platform.Common;

/// <summary>Every edit carries a concurrency token (ARCHITECTURE: Data); the context bumps it on save.</summary>
public interface IVersioned
{
    long Version { get; set; }
}

/// <summary>A row that belongs to one station. Isolation is enforced centrally by the context.</summary>
public interface IStationOwned
{
    Guid StationId { get; set; }
}

/// <summary>Rows that are themselves a record (logs): never audited again, never edited.</summary>
public interface INotAudited;

public abstract class Entity : IVersioned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public long Version { get; set; }
}

public abstract class StationEntity : Entity, IStationOwned
{
    public Guid StationId { get; set; }
}

/// <summary>Marks a property whose value must never appear in the audit trail or logs.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class SensitiveAttribute : Attribute;

/// <summary>Marks a personal (name, address, phone) or narrative (free-text case notes) property: the audit trail records
/// that it changed and a keyed hash of the value, never the value itself (PIPL Art. 51; docs/adr/016).</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class PersonalAttribute : Attribute;
