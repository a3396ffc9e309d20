namespace Graph.Web.Actors;

/// <summary>An actor as the API shows it.</summary>
public sealed record ActorDto(string Id, string Kind, string Name, string? CountryCode, IReadOnlyList<string> Aliases);
