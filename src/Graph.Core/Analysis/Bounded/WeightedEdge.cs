namespace Graph.Core.Analysis.Bounded;

/// <summary>An undirected edge of a <see cref="CsrGraph"/> by node numbers, the smaller first, with its weight.</summary>
/// <param name="U">The smaller node number.</param>
/// <param name="V">The larger node number.</param>
/// <param name="Weight">The edge's weight.</param>
public readonly record struct WeightedEdge(int U, int V, double Weight);
