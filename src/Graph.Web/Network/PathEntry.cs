namespace Graph.Web.Network;

/// <summary>One shortest path: its nodes in order and, for each step, the edge with its evidence.</summary>
public sealed record PathEntry(IReadOnlyList<string> Nodes, IReadOnlyList<EdgeEvidenceResponse> Steps);
