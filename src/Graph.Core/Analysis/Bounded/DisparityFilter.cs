namespace Graph.Core.Analysis.Bounded;

/// <summary>
/// The disparity filter of Serrano, Boguñá and Vespignani, "Extracting the multiscale backbone of
/// complex weighted networks" (PNAS 106(16), 2009): it keeps the edges that carry a share of a node's
/// weight too large to be chance. Seen from a node of strength s (the sum of its edge weights) and
/// degree k, an edge of weight w has significance p = (1 − w/s)^(k − 1): the probability that, if the
/// node spread its strength over k edges uniformly at random, one of them would get a share this
/// large. An edge stays in the backbone when p &lt; α at either end.
/// A node of degree 1 has p = 1 for its edge (one edge says nothing about how a node spreads its
/// weight), so a leaf's edge stays only when its other end finds it significant, and an isolated
/// pair of nodes never stays. Weights must be positive.
/// When every edge weighs the same (an unweighted graph, such as the two-mode actor–event view), each
/// node spreads its strength evenly, which is the null model itself: p = (1 − 1/k)^(k − 1) ≥ 1/e ≈ 0.37
/// at every end, so no edge is significant at any usual α and the backbone is empty by definition
/// (<see cref="CannotChoose"/> tells a picture to fall back).
/// </summary>
/// <example>
/// <code>
/// var backbone = DisparityFilter.Backbone(graph, alpha: 0.05);   // edges significant at 5 %
/// </code>
/// </example>
public static class DisparityFilter
{
    /// <summary>
    /// The significance p of every arc seen from its source, aligned with <see cref="CsrGraph.Targets"/>:
    /// entry i belongs to the edge from the node whose row holds i to <c>Targets[i]</c>.
    /// </summary>
    /// <exception cref="ArgumentException">An edge weight is not a positive number.</exception>
    public static double[] Significance(CsrGraph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var offsets = graph.Offsets;
        var weights = graph.Weights;
        var result = new double[weights.Length];
        for (var v = 0; v < graph.NodeCount; v++)
        {
            var strength = Strength(graph, v);
            for (var i = offsets[v]; i < offsets[v + 1]; i++)
            {
                result[i] = Significance(weights[i], strength, graph.Degree(v));
            }
        }

        return result;
    }

    /// <summary>The backbone at level <paramref name="alpha"/>: every edge with p &lt; α at one end or both, ordered by (U, V).</summary>
    /// <param name="graph">A graph with positive edge weights.</param>
    /// <param name="alpha">Significance level, in (0, 1]; smaller keeps fewer edges.</param>
    /// <exception cref="ArgumentException">An edge weight is not a positive number.</exception>
    public static WeightedEdge[] Backbone(CsrGraph graph, double alpha)
    {
        ArgumentNullException.ThrowIfNull(graph);
        if (!(alpha > 0 && alpha <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(alpha), alpha, "The backbone's α must lie in (0, 1].");
        }

        var p = Significance(graph);
        var offsets = graph.Offsets;
        var targets = graph.Targets;
        var weights = graph.Weights;
        var kept = new List<WeightedEdge>();
        for (var v = 0; v < graph.NodeCount; v++)
        {
            for (var i = offsets[v]; i < offsets[v + 1]; i++)
            {
                var u = targets[i];
                if (u > v && (p[i] < alpha || p[NodeOrder.Arc(graph, u, v)] < alpha))
                {
                    kept.Add(new WeightedEdge(v, u, weights[i]));
                }
            }
        }

        return [.. kept];
    }

    /// <summary>
    /// True when the graph has edges and they all weigh the same: the filter's null model is then the data
    /// itself and it can tell no edge apart (see the class remarks).
    /// </summary>
    public static bool CannotChoose(CsrGraph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var weights = graph.Weights;
        return weights.Length > 0 && weights.IndexOfAnyExcept(weights[0]) < 0;
    }

    /// <summary>p = (1 − w/s)^(k − 1) of an edge of weight w seen from a node of strength s and degree k; 1 for a leaf.</summary>
    internal static double Significance(double weight, double strength, int degree) =>
        degree <= 1 ? 1.0 : Math.Pow(1.0 - weight / strength, degree - 1);

    private static double Strength(CsrGraph graph, int v)
    {
        var strength = 0.0;
        foreach (var w in graph.NeighbourWeights(v))
        {
            if (!(w > 0 && double.IsFinite(w)))
            {
                throw new ArgumentException($"The disparity filter needs positive weights; an edge of node {graph.NodeIds[v]} weighs {w}.", nameof(graph));
            }

            strength += w;
        }

        return strength;
    }
}
