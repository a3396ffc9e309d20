namespace Graph.Web.Network;

/// <summary>The shortest paths between two actors; <see cref="Length"/> is null when none exists.</summary>
public sealed record PathResponse(string From, string To, int? Length, IReadOnlyList<PathEntry> Paths);
