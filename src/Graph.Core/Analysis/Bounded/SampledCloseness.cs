namespace Graph.Core.Analysis.Bounded;

/// <summary>
/// Closeness estimated from a sample of source nodes (pivots), after Eppstein and Wang, "Fast
/// approximation of centrality" (2004), with the Wasserman–Faust scaling of
/// <see cref="ClosenessCentrality"/>: a node u in a component of c nodes reaches r = c − 1 others, and
/// its total hop distance to them is estimated as r times its mean distance to the pivots of its
/// component (u itself left out). A node whose component holds no other pivot has its distances
/// summed exactly, by one breadth-first search of that (then small, or unlucky) component. With
/// every node a pivot the result is exact closeness.
/// </summary>
public static class SampledCloseness
{
    private const int Blocks = 32;

    /// <summary>Closeness of every node, estimated from <paramref name="pivots"/> sources drawn with <paramref name="seed"/>.</summary>
    /// <param name="graph">The graph.</param>
    /// <param name="pivots">How many breadth-first searches to run: 1..n, or n for exact closeness.</param>
    /// <param name="seed">Seeds the draw: the same seed on the same graph gives the same estimate.</param>
    public static double[] Compute(CsrGraph graph, int pivots, int seed)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(pivots, graph.NodeCount);
        return FromPivots(graph, Pivots.Draw(graph.NodeCount, pivots, seed));
    }

    /// <summary>Closeness of every node, estimated from breadth-first searches from the given nodes.</summary>
    /// <param name="graph">The graph.</param>
    /// <param name="pivots">Distinct node numbers.</param>
    public static double[] FromPivots(CsrGraph graph, IReadOnlyList<int> pivots)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(pivots);
        Pivots.Check(graph, pivots, nameof(pivots));
        var n = graph.NodeCount;
        var label = ConnectedComponents.Label(graph, out var components);
        var size = new int[components];
        foreach (var c in label)
        {
            size[c]++;
        }

        var (sum, count) = PivotDistances(graph, pivots);
        var result = new double[n];
        Parallel.For(0, n, () => (int[]?)null, (u, _, scratch) =>
        {
            var reached = size[label[u]] - 1;
            if (reached == 0)
            {
                return scratch;
            }

            double total;
            if (count[u] > 0)
            {
                // Integer sums make the estimate independent of how the searches were scheduled.
                total = reached * (double)sum[u] / count[u];
            }
            else
            {
                scratch ??= new int[n];
                total = ClosenessCentrality.HopSums(graph, u, scratch).Total;
            }

            result[u] = reached / total * (reached / (n - 1.0));
            return scratch;
        }, _ => { });
        return result;
    }

    /// <summary>For every node, the total hop distance from the pivots that reach it (itself excluded) and their number.</summary>
    private static (long[] Sum, int[] Count) PivotDistances(CsrGraph graph, IReadOnlyList<int> pivots)
    {
        var n = graph.NodeCount;
        var sum = new long[n];
        var count = new int[n];
        var gate = new object();
        var blocks = Math.Min(Blocks, Math.Max(pivots.Count, 1));
        Parallel.For(0, blocks, block =>
        {
            var hops = new int[n];
            var (localSum, localCount) = (new long[n], new int[n]);
            for (var i = block; i < pivots.Count; i += blocks)
            {
                ClosenessCentrality.HopSums(graph, pivots[i], hops);
                for (var v = 0; v < n; v++)
                {
                    if (hops[v] > 0)
                    {
                        localSum[v] += hops[v];
                        localCount[v]++;
                    }
                }
            }

            lock (gate)
            {
                for (var v = 0; v < n; v++)
                {
                    sum[v] += localSum[v];
                    count[v] += localCount[v];
                }
            }
        });
        return (sum, count);
    }
}
