namespace Graph.Core.Analysis.Bounded;

/// <summary>Which edges a bounded picture keeps between the nodes it shows.</summary>
public enum EdgeFilter
{
    /// <summary>Every edge.</summary>
    All,

    /// <summary>The disparity-filter backbone at a significance level α (<see cref="DisparityFilter"/>).</summary>
    Backbone,

    /// <summary>Each node's k heaviest edges (<see cref="StrongestEdges"/>).</summary>
    StrongestPerNode,
}
