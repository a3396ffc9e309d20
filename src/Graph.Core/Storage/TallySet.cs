namespace Graph.Core.Storage;

/// <summary>Node and edge tallies read together, from the same snapshot.</summary>
/// <param name="Nodes">Node tallies.</param>
/// <param name="Edges">Edge tallies.</param>
public sealed record TallySet(IReadOnlyList<NodeTally> Nodes, IReadOnlyList<EdgeTally> Edges);
