namespace SocialWorkStation.Platform.Stations;

/// <summary>A station as the API names it (in <c>/api/v1/me</c> and in a user's assignments).</summary>
public sealed record StationDto(Guid Id, string Name, string Code);
