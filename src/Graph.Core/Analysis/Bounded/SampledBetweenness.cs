namespace Graph.Core.Analysis.Bounded;

/// <summary>
/// Betweenness estimated from a sample of source nodes (pivots), after Brandes and Pich, "Centrality
/// estimation in large networks" (2007), as NetworkX's <c>betweenness_centrality(G, k, seed=...)</c>
/// computes it: Brandes' dependency accumulation runs from the pivots only, and the sums are scaled
/// up to all sources. A pivot cannot lie between itself and a target, so a pivot's own sum covers
/// k − 1 sources and a non-pivot's covers k: normalised, a pivot's sum is divided by (k − 1)(n − 2) and
/// any other node's by k(n − 2) (exact betweenness divides by (n − 1)(n − 2)). With every node a pivot
/// the result is exact betweenness, as <see cref="BetweennessCentrality.Compute"/> gives it.
/// </summary>
/// <example>
/// <code>
/// var estimate = SampledBetweenness.Compute(graph, pivots: 200, seed: 42);   // 200 single-source passes
/// </code>
/// </example>
public static class SampledBetweenness
{
    private const int Blocks = 32;

    /// <summary>Betweenness of every node, estimated from <paramref name="pivots"/> sources drawn with <paramref name="seed"/>.</summary>
    /// <param name="graph">The graph.</param>
    /// <param name="pivots">How many sources to run from: 2..n, or n for exact betweenness.</param>
    /// <param name="seed">Seeds the draw: the same seed on the same graph gives the same estimate.</param>
    /// <param name="weighted">When true, an edge's length is 1 / weight (as in <see cref="BetweennessCentrality"/>).</param>
    /// <param name="normalized">Scale as normalised betweenness; otherwise as the halved ordered-pair sums.</param>
    public static double[] Compute(CsrGraph graph, int pivots, int seed, bool weighted = false, bool normalized = true)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(pivots, graph.NodeCount);
        return FromPivots(graph, Pivots.Draw(graph.NodeCount, pivots, seed), weighted, normalized);
    }

    /// <summary>Betweenness of every node, estimated from the given source nodes.</summary>
    /// <param name="graph">The graph.</param>
    /// <param name="pivots">Distinct node numbers; at least two unless they are all the nodes.</param>
    /// <param name="weighted">When true, an edge's length is 1 / weight.</param>
    /// <param name="normalized">Scale as normalised betweenness; otherwise as the halved ordered-pair sums.</param>
    public static double[] FromPivots(CsrGraph graph, IReadOnlyList<int> pivots, bool weighted = false, bool normalized = true)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(pivots);
        Pivots.Check(graph, pivots, nameof(pivots));
        var n = graph.NodeCount;
        var k = pivots.Count;
        if (k < 2 && k < n)
        {
            throw new ArgumentException("An estimate needs at least two pivots.", nameof(pivots));
        }

        var result = Accumulate(graph, pivots, weighted);
        if (n <= 2)
        {
            return result;
        }

        // n − 1 possible sources for a node, of which k (a non-pivot) or k − 1 (a pivot) were run.
        var (pivotScale, otherScale) = k == n
            ? (1.0, 1.0)
            : ((n - 1.0) / (k - 1.0), (n - 1.0) / k);
        var pairs = normalized ? 1.0 / ((n - 1.0) * (n - 2.0)) : 0.5;
        var isPivot = Pivots.Mask(n, pivots);
        for (var v = 0; v < n; v++)
        {
            result[v] *= (isPivot[v] ? pivotScale : otherScale) * pairs;
        }

        return result;
    }

    /// <summary>Sums every pivot's dependencies, split into a fixed number of blocks summed in block order.</summary>
    private static double[] Accumulate(CsrGraph graph, IReadOnlyList<int> pivots, bool weighted)
    {
        var n = graph.NodeCount;
        var lengths = weighted ? InverseWeights(graph) : null;
        var partial = new double[Math.Min(Blocks, Math.Max(pivots.Count, 1))][];
        Parallel.For(0, partial.Length, block =>
        {
            var acc = new double[n];
            var work = new BrandesWorkspace(n);
            for (var i = block; i < pivots.Count; i += partial.Length)
            {
                if (lengths is null)
                {
                    work.AccumulateUnweighted(graph, pivots[i], acc);
                }
                else
                {
                    work.AccumulateWeighted(graph, lengths, pivots[i], acc);
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

        return result;
    }

    private static double[] InverseWeights(CsrGraph graph)
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
