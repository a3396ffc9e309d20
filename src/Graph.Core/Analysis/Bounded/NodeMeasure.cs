namespace Graph.Core.Analysis.Bounded;

/// <summary>What ranks the nodes when a picture keeps only a budget of them.</summary>
public enum NodeMeasure
{
    /// <summary>Sum of the node's edge weights (<see cref="GraphMeasures.WeightedDegrees"/>); cheap, the default.</summary>
    WeightedDegree,

    /// <summary>Weighted PageRank (<see cref="Analysis.PageRank"/>).</summary>
    PageRank,

    /// <summary>Hop-count betweenness, exact or estimated as a <see cref="CentralityPolicy"/> decides.</summary>
    Betweenness,
}
