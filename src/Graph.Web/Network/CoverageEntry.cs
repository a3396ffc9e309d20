namespace Graph.Web.Network;

/// <summary>One crime area, sub-region or continent and how many reports it holds.</summary>
public sealed record CoverageEntry(string Id, string Name, int Reports);
