namespace Graph.Core.Analysis;

/// <summary>
/// Exact betweenness centrality by Brandes' algorithm, normalised as NetworkX's
/// <c>betweenness_centrality(G, normalized=True)</c> for undirected graphs: divided by (n − 1)(n − 2).
/// Sources are split into a fixed number of blocks run in parallel and summed in block order,
/// so the result does not depend on thread scheduling.
/// </summary>
public static class BetweennessCentrality
{
    private const int Blocks = 32;

    /// <summary>Betweenness of every node.</summary>
    /// <param name="graph">The graph.</param>
    /// <param name="weighted">When true, an edge's length is 1 / weight (shortest paths by Dijkstra); otherwise every edge counts one hop.</param>
    /// <param name="normalized">Divide by (n − 1)(n − 2) as NetworkX does; otherwise halve the ordered-pair sums.</param>
    public static double[] Compute(CsrGraph graph, bool weighted = false, bool normalized = true)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var n = graph.NodeCount;
        var partial = new double[Math.Min(Blocks, Math.Max(n, 1))][];
        var lengths = weighted ? Lengths(graph) : null;
        Parallel.For(0, partial.Length, block =>
        {
            var acc = new double[n];
            var work = new BrandesWorkspace(n);
            for (var s = block; s < n; s += partial.Length)
            {
                if (lengths is null)
                {
                    work.AccumulateUnweighted(graph, s, acc);
                }
                else
                {
                    work.AccumulateWeighted(graph, lengths, s, acc);
                }
            }

            partial[block] = acc;
        });

        var result = new double[n];
        foreach (var acc in partial)
        {
            for (var v = 0; v < n; v++)
            {
                result[v] += acc[v];
            }
        }

        var scale = normalized ? (n > 2 ? 1.0 / ((n - 1.0) * (n - 2.0)) : 1.0) : 0.5;
        for (var v = 0; v < n; v++)
        {
            result[v] *= scale;
        }

        return result;
    }

    private static double[] Lengths(CsrGraph graph)
    {
        var weights = graph.Weights;
        var lengths = new double[weights.Length];
        for (var i = 0; i < weights.Length; i++)
        {
            lengths[i] = 1.0 / weights[i];
        }

        return lengths;
    }
}
