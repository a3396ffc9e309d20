namespace Graph.Core.Analysis.Bounded;

/// <summary>What a <see cref="BoundedPicture"/> keeps: how many nodes, ranked how, which edges between them, and who must be in.</summary>
public sealed record PictureOptions
{
    /// <summary>How many top-ranked nodes to keep (the included nodes and their neighbours come on top).</summary>
    public int NodeBudget { get; init; } = 300;

    /// <summary>What ranks the nodes.</summary>
    public NodeMeasure Measure { get; init; } = NodeMeasure.WeightedDegree;

    /// <summary>Which edges between kept nodes stay.</summary>
    public EdgeFilter Edges { get; init; } = EdgeFilter.Backbone;

    /// <summary>The backbone's significance level, in (0, 1]; used when <see cref="Edges"/> is <see cref="EdgeFilter.Backbone"/>.</summary>
    public double Alpha { get; init; } = 0.05;

    /// <summary>How many heaviest edges each node keeps; used when <see cref="Edges"/> is <see cref="EdgeFilter.StrongestPerNode"/>.</summary>
    public int EdgesPerNode { get; init; } = 2;

    /// <summary>
    /// At most this many of the edge rule's edges between kept nodes are drawn, the heaviest (equal weights
    /// by their ends' order); the links that bring included nodes' neighbours in come on top.
    /// </summary>
    public int EdgeBudget { get; init; } = 4000;

    /// <summary>Node ids that must be shown whatever their rank (a searched or selected node).</summary>
    public IReadOnlyList<string> Include { get; init; } = [];

    /// <summary>How many of each included node's heaviest neighbours come in with it, linked to it.</summary>
    public int NeighboursOfIncluded { get; init; } = 5;

    /// <summary>When betweenness is exact and when estimated, if it ranks the nodes.</summary>
    public CentralityPolicy Centrality { get; init; } = CentralityPolicy.Default;

    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> naming the first value out of range.</summary>
    public void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfNegative(NodeBudget);
        ArgumentOutOfRangeException.ThrowIfNegative(NeighboursOfIncluded);
        ArgumentOutOfRangeException.ThrowIfNegative(EdgeBudget);
        ArgumentNullException.ThrowIfNull(Include);
        ArgumentNullException.ThrowIfNull(Centrality);
        if (!Enum.IsDefined(Measure))
        {
            throw new ArgumentOutOfRangeException(nameof(Measure), Measure, "Unknown node measure.");
        }

        switch (Edges)
        {
            case EdgeFilter.All:
                break;
            case EdgeFilter.Backbone when !(Alpha > 0 && Alpha <= 1):
                throw new ArgumentOutOfRangeException(nameof(Alpha), Alpha, "The backbone's α must lie in (0, 1].");
            case EdgeFilter.Backbone:
                break;
            case EdgeFilter.StrongestPerNode:
                ArgumentOutOfRangeException.ThrowIfLessThan(EdgesPerNode, 1);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(Edges), Edges, "Unknown edge filter.");
        }
    }
}
