namespace Graph.Core.Export;

/// <summary>Headline figures sent alongside the elements.</summary>
public sealed record CytoscapeStats(int Nodes, int Edges, double Density, int Components, double Modularity);
