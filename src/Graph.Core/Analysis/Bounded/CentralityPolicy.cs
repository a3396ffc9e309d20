namespace Graph.Core.Analysis.Bounded;

/// <summary>
/// When betweenness and closeness are computed exactly and when they are estimated, so that no request
/// runs for minutes. A graph with at most <see cref="ExactNodeLimit"/> nodes and
/// <see cref="ExactEdgeLimit"/> edges gets exact values (one single-source pass per node). A larger one
/// gets an estimate from k pivots (<see cref="SampledBetweenness"/>, <see cref="SampledCloseness"/>),
/// k chosen so that k passes visit at most <see cref="SampledWorkLimit"/> node and edge slots
/// (one breadth-first pass visits n + 2m; a weighted pass, Dijkstra's with a heap, is counted four
/// times that, as measured by Graph.Bench), but never fewer than <see cref="MinimumPivots"/>; the pivots are drawn
/// with <see cref="Seed"/>, so the same graph always gets the same estimate.
/// </summary>
/// <example>
/// <code>
/// var b = CentralityPolicy.Default.Betweenness(graph);
/// var note = b.IsExact ? "exact" : $"estimated from {b.Sources} of {b.NodeCount} sources";
/// </code>
/// </example>
public sealed record CentralityPolicy
{
    private const int WeightedPassCost = 4;

    /// <summary>The default thresholds: exact up to 2,000 nodes and 20,000 edges, then 20 million slot visits.</summary>
    public static CentralityPolicy Default { get; } = new();

    /// <summary>Largest node count computed exactly.</summary>
    public int ExactNodeLimit { get; init; } = 2_000;

    /// <summary>Largest edge count computed exactly.</summary>
    public int ExactEdgeLimit { get; init; } = 20_000;

    /// <summary>Budget of an estimate: pivots × (n + 2m), four times that when weighted, stays at or under it, unless <see cref="MinimumPivots"/> needs more.</summary>
    public long SampledWorkLimit { get; init; } = 20_000_000;

    /// <summary>Fewest pivots an estimate uses (fewer make it too noisy to rank by).</summary>
    public int MinimumPivots { get; init; } = 50;

    /// <summary>Seed of the pivot draw.</summary>
    public int Seed { get; init; } = 42;

    /// <summary>How many source nodes this policy runs on <paramref name="graph"/>: all of them when exact.</summary>
    /// <param name="graph">The graph.</param>
    /// <param name="weighted">True for shortest paths by edge length (Dijkstra), which cost more per pass.</param>
    public int SourcesFor(CsrGraph graph, bool weighted = false)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentOutOfRangeException.ThrowIfNegative(ExactNodeLimit);
        ArgumentOutOfRangeException.ThrowIfNegative(ExactEdgeLimit);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(SampledWorkLimit);
        ArgumentOutOfRangeException.ThrowIfLessThan(MinimumPivots, 2);
        var n = graph.NodeCount;
        if (n <= ExactNodeLimit && graph.EdgeCount <= ExactEdgeLimit)
        {
            return n;
        }

        var perPass = (n + 2L * graph.EdgeCount) * (weighted ? WeightedPassCost : 1);
        var affordable = SampledWorkLimit / perPass;
        return (int)Math.Min(n, Math.Max(MinimumPivots, affordable));
    }

    /// <summary>Betweenness, exact or estimated as this policy decides; normalised as <see cref="BetweennessCentrality"/>.</summary>
    /// <param name="graph">The graph.</param>
    /// <param name="weighted">When true, an edge's length is 1 / weight.</param>
    public CentralityEstimate Betweenness(CsrGraph graph, bool weighted = false)
    {
        var sources = SourcesFor(graph, weighted);
        var values = sources == graph.NodeCount
            ? BetweennessCentrality.Compute(graph, weighted)
            : SampledBetweenness.Compute(graph, sources, Seed, weighted);
        return new CentralityEstimate(values, sources, graph.NodeCount);
    }

    /// <summary>Closeness, exact or estimated as this policy decides; scaled as <see cref="ClosenessCentrality"/>.</summary>
    public CentralityEstimate Closeness(CsrGraph graph)
    {
        var sources = SourcesFor(graph);
        var values = sources == graph.NodeCount
            ? ClosenessCentrality.Compute(graph)
            : SampledCloseness.Compute(graph, sources, Seed);
        return new CentralityEstimate(values, sources, graph.NodeCount);
    }
}
