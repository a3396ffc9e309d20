namespace Graph.Core.Analysis;

/// <summary>
/// Local clustering coefficient, unweighted, as NetworkX's <c>clustering(G)</c>: the share of a
/// node's neighbour pairs that are themselves linked; zero below two neighbours.
/// </summary>
public static class ClusteringCoefficient
{
    /// <summary>Clustering coefficient of every node.</summary>
    public static double[] Compute(CsrGraph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var n = graph.NodeCount;
        var result = new double[n];
        Parallel.For(0, n, () => new int[n], (v, _, mark) =>
        {
            var neighbours = graph.Neighbours(v);
            var degree = neighbours.Length;
            if (degree < 2)
            {
                return mark;
            }

            foreach (var u in neighbours)
            {
                mark[u] = v + 1;
            }

            long links = 0;
            foreach (var u in neighbours)
            {
                foreach (var w in graph.Neighbours(u))
                {
                    if (mark[w] == v + 1)
                    {
                        links++;
                    }
                }
            }

            // Each linked pair was seen from both ends.
            result[v] = links / (double)(degree * (degree - 1L));
            return mark;
        }, _ => { });
        return result;
    }
}
