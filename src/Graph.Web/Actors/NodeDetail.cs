namespace Graph.Web.Actors;

/// <summary>An actor with the reports that name it.</summary>
public sealed record NodeDetail(string Id, string Name, string Kind, string? CountryCode, IReadOnlyList<string> Aliases, IReadOnlyList<NodeReport> Reports);
