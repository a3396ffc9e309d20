namespace Graph.Core.Storage;

/// <summary>The node tallies of a scope with every node's edge totals, read from one snapshot.</summary>
/// <param name="Nodes">The node tallies, one per node and period.</param>
/// <param name="Links">Each node's edge totals over the whole scope; a node without edges has none.</param>
public sealed record TallyTotals(IReadOnlyList<NodeTally> Nodes, IReadOnlyList<NodeLinkTotals> Links);
