namespace Graph.Core.Analysis;

/// <summary>Newman's weighted modularity, as NetworkX's <c>community.modularity</c>.</summary>
public static class Modularity
{
    /// <summary>
    /// Σ over communities c of L_c / m − γ (d_c / 2m)², where L_c is the weight inside c, d_c the
    /// total weighted degree of c and m the total edge weight. Zero for a graph without edges.
    /// </summary>
    public static double Compute(CsrGraph graph, IReadOnlyList<int> membership, double resolution = 1)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(membership);
        if (membership.Count != graph.NodeCount)
        {
            throw new ArgumentException("One community number per node is needed.", nameof(membership));
        }

        var m = graph.TotalWeight();
        if (m == 0)
        {
            return 0;
        }

        var communities = membership.Count == 0 ? 0 : membership.Max() + 1;
        var inside = new double[communities];
        var degree = new double[communities];
        for (var v = 0; v < graph.NodeCount; v++)
        {
            var c = membership[v];
            var neighbours = graph.Neighbours(v);
            var weights = graph.NeighbourWeights(v);
            for (var i = 0; i < neighbours.Length; i++)
            {
                degree[c] += weights[i];
                if (membership[neighbours[i]] == c)
                {
                    inside[c] += weights[i];
                }
            }
        }

        var q = 0.0;
        for (var c = 0; c < communities; c++)
        {
            // inside[c] saw each internal edge from both ends.
            q += inside[c] / 2 / m - resolution * (degree[c] / (2 * m)) * (degree[c] / (2 * m));
        }

        return q;
    }
}
