namespace Graph.Core.Analysis;

/// <summary>Whole-graph measures: density, degrees and the diameter of the largest component.</summary>
public static class GraphMeasures
{
    /// <summary>Density as NetworkX's <c>density</c>: 2m / (n(n − 1)), zero for fewer than two nodes.</summary>
    public static double Density(CsrGraph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var n = (double)graph.NodeCount;
        return n <= 1 ? 0 : 2.0 * graph.EdgeCount / (n * (n - 1));
    }

    /// <summary>Number of neighbours of every node.</summary>
    public static int[] Degrees(CsrGraph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        return Enumerable.Range(0, graph.NodeCount).Select(graph.Degree).ToArray();
    }

    /// <summary>Sum of edge weights at every node (NetworkX's <c>degree(weight="weight")</c>).</summary>
    public static double[] WeightedDegrees(CsrGraph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var result = new double[graph.NodeCount];
        for (var v = 0; v < result.Length; v++)
        {
            foreach (var w in graph.NeighbourWeights(v))
            {
                result[v] += w;
            }
        }

        return result;
    }

    /// <summary>
    /// Diameter (longest shortest path, in hops) of the largest connected component; zero for an
    /// empty graph. Breadth-first from every node of that component, in parallel.
    /// </summary>
    public static int DiameterOfLargestComponent(CsrGraph graph)
    {
        var members = ConnectedComponents.Largest(graph);
        var n = graph.NodeCount;
        var longest = 0;
        var gate = new object();
        Parallel.For(0, members.Length, () => (Scratch: new int[n], Max: 0), (i, _, local) =>
        {
            ClosenessCentrality.HopSums(graph, members[i], local.Scratch);
            foreach (var v in members)
            {
                local.Max = Math.Max(local.Max, local.Scratch[v]);
            }

            return local;
        }, local =>
        {
            lock (gate)
            {
                longest = Math.Max(longest, local.Max);
            }
        });
        return longest;
    }
}
