namespace Graph.Core.Storage;

/// <summary>
/// What the edge tallies of a scope add up to at one node: the sum of its edges' weights under each
/// weighting and how many distinct neighbours it has. A picture ranks and filters nodes by these
/// without loading every edge.
/// </summary>
/// <param name="Node">The node id.</param>
/// <param name="Reports">Sum of <see cref="EdgeTally.Reports"/> over the node's edges (operations, in the <c>operations:</c> projections).</param>
/// <param name="Newman">Sum of <see cref="EdgeTally.Newman"/> over the node's edges.</param>
/// <param name="Degree">Distinct neighbours.</param>
public sealed record NodeLinkTotals(string Node, long Reports, double Newman, int Degree);
