namespace Graph.Core.Export;

/// <summary>Headline figures sent alongside the elements.</summary>
/// <param name="Nodes">Nodes shown.</param>
/// <param name="Edges">Edges shown.</param>
/// <param name="Density">Density of the shown network.</param>
/// <param name="Components">Connected components of the shown network.</param>
/// <param name="Modularity">Modularity of its Louvain communities.</param>
/// <param name="TotalNodes">Nodes of the whole view (more than <paramref name="Nodes"/> when the view was cut to its budget).</param>
/// <param name="TotalEdges">Edges of the whole view.</param>
/// <param name="Capped">True when only the strongest nodes and heaviest edges are shown (metrics are then those of the shown network).</param>
/// <param name="PathMetricsSkipped">True when betweenness and closeness were not computed because the network is too large (they read 0).</param>
public sealed record CytoscapeStats(int Nodes, int Edges, double Density, int Components, double Modularity,
    int TotalNodes, int TotalEdges, bool Capped, bool PathMetricsSkipped);
