namespace Graph.Core.Analysis.Bounded;

/// <summary>Ranks nodes by a <see cref="NodeMeasure"/> and keeps the best up to a budget.</summary>
public static class NodeSelection
{
    /// <summary>
    /// The chosen measure for every node, saying whether it is exact or estimated. Weighted degrees are
    /// kept to 12 significant digits, so sums of the same fractional weights added in another order
    /// (a store summing its tallies, say) tie, and ties go by id as always.
    /// </summary>
    /// <param name="graph">The graph.</param>
    /// <param name="measure">The measure.</param>
    /// <param name="policy">When betweenness is exact and when estimated; <see cref="CentralityPolicy.Default"/> when null.</param>
    public static CentralityEstimate Measure(CsrGraph graph, NodeMeasure measure, CentralityPolicy? policy = null)
    {
        ArgumentNullException.ThrowIfNull(graph);
        return measure switch
        {
            NodeMeasure.WeightedDegree => CentralityEstimate.Exact(NodeOrder.Settled(GraphMeasures.WeightedDegrees(graph))),
            NodeMeasure.PageRank => CentralityEstimate.Exact(PageRank.Compute(graph)
                ?? throw new InvalidOperationException("PageRank did not converge; choose another measure.")),
            NodeMeasure.Betweenness => (policy ?? CentralityPolicy.Default).Betweenness(graph),
            _ => throw new ArgumentOutOfRangeException(nameof(measure), measure, "Unknown node measure."),
        };
    }

    /// <summary>
    /// The <paramref name="budget"/> nodes with the highest scores, best first; equal scores are
    /// ordered by node id (ordinal), so the choice never depends on storage order.
    /// </summary>
    /// <param name="graph">The graph.</param>
    /// <param name="scores">A score per node number.</param>
    /// <param name="budget">How many nodes to keep; all of them when the graph is smaller.</param>
    public static int[] Top(CsrGraph graph, IReadOnlyList<double> scores, int budget)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(scores);
        ArgumentOutOfRangeException.ThrowIfNegative(budget);
        if (scores.Count != graph.NodeCount)
        {
            throw new ArgumentException($"Expected {graph.NodeCount} scores, one per node, got {scores.Count}.", nameof(scores));
        }

        var idRank = NodeOrder.IdRanks(graph);
        var keys = new (double Lowness, int Rank)[graph.NodeCount];
        var nodes = new int[graph.NodeCount];
        for (var v = 0; v < nodes.Length; v++)
        {
            (keys[v], nodes[v]) = ((-scores[v], idRank[v]), v);
        }

        Array.Sort(keys, nodes);
        return nodes[..Math.Min(budget, nodes.Length)];
    }
}
