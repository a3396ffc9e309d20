namespace Graph.Core.Analysis;

/// <summary>A split of a graph's nodes into communities.</summary>
/// <param name="Membership">Community number of every node; communities are numbered 0, 1, … by their lowest-numbered node.</param>
/// <param name="Count">Number of communities.</param>
/// <param name="Modularity">Modularity of the split on the graph it was found on (resolution as requested).</param>
public sealed record CommunityPartition(IReadOnlyList<int> Membership, int Count, double Modularity);
