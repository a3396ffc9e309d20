namespace Graph.Core.Analysis;

/// <summary>Headline figures of a whole network.</summary>
/// <param name="Nodes">Number of nodes.</param>
/// <param name="Edges">Number of edges.</param>
/// <param name="Density">2m / (n(n − 1)).</param>
/// <param name="Components">Number of connected components.</param>
/// <param name="Diameter">Diameter, in hops, of the largest component.</param>
/// <param name="Communities">Number of Louvain communities.</param>
/// <param name="Modularity">Modularity of the Louvain partition.</param>
public sealed record NetworkStats(int Nodes, int Edges, double Density, int Components, int Diameter, int Communities, double Modularity);
