namespace Graph.Core.Analysis.Bounded;

/// <summary>
/// A per-node measure and how it was obtained: exactly, or estimated from a sample of source nodes
/// (pivots), so a response can say which.
/// </summary>
/// <param name="Values">The measure of every node, indexed by node number.</param>
/// <param name="Sources">How many source nodes it was computed from; equals <paramref name="NodeCount"/> when exact.</param>
/// <param name="NodeCount">Number of nodes in the graph.</param>
public sealed record CentralityEstimate(IReadOnlyList<double> Values, int Sources, int NodeCount)
{
    /// <summary>True when every node was a source, so the values are exact rather than estimated.</summary>
    public bool IsExact => Sources == NodeCount;

    /// <summary>Exact values of a measure that needs no sampling (weighted degree, PageRank).</summary>
    public static CentralityEstimate Exact(IReadOnlyList<double> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        return new CentralityEstimate(values, values.Count, values.Count);
    }
}
