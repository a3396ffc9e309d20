namespace Graph.Core.Network;

/// <summary>The size of the network a shown network was cut from, and the budget that cut it.</summary>
/// <param name="TotalNodes">Nodes of the whole view.</param>
/// <param name="TotalEdges">Edges of the whole view.</param>
/// <param name="NodeBudget">At most this many nodes are shown: those of highest weighted degree.</param>
/// <param name="EdgeBudget">At most this many edges are shown among them: the heaviest.</param>
public sealed record NetworkCut(int TotalNodes, int TotalEdges, int NodeBudget, int EdgeBudget);
