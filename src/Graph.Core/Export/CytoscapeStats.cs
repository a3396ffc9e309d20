namespace Graph.Core.Export;

/// <summary>Headline figures sent alongside the elements.</summary>
/// <param name="Nodes">Nodes shown.</param>
/// <param name="Edges">Edges shown.</param>
/// <param name="Density">Density of the shown network.</param>
/// <param name="Components">Connected components of the shown network.</param>
/// <param name="Modularity">Modularity of its Louvain communities.</param>
/// <param name="PathMetricsEstimated">True when the network was too large for exact betweenness and closeness: they are estimated from sampled sources (Brandes–Pich pivots) and the diameter is not computed.</param>
public sealed record CytoscapeStats(int Nodes, int Edges, double Density, int Components, double Modularity, bool PathMetricsEstimated);
